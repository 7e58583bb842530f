import 'swagger-ui-react/swagger-ui.css';
import SwaggerUI from 'swagger-ui-react';

/**
 * Swagger UI over the server's own OpenAPI document. It is big (hundreds of
 * KB), so DocsPage loads this module only when the reference is shown.
 */
export default function SwaggerReference({ url }: { url: string }) {
  return <SwaggerUI url={url} docExpansion="list" defaultModelsExpandDepth={0} tryItOutEnabled={false} deepLinking />;
}
