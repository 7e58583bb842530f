import { Box, Card, Stack, Text, Title } from '@mantine/core';
import { CodeBlock } from '../app/CodeBlock';
import { badgeSnippet, publicBaseURL } from './sharing';

/**
 * Seed 002's badge snippet for a published report, to paste into the
 * partner's own site, next to the badge itself as that site will show it.
 */
export function BadgeSection({ verificationID, verifyURL }: { verificationID: string; verifyURL: string }) {
  const base = publicBaseURL(verifyURL);
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-labelledby="badge-heading">
      <Title order={2} size="h4" id="badge-heading" mb="sm">
        Verification badge
      </Title>
      <Stack gap="sm">
        <Text size="sm">
          Paste this into any page of your site to show the badge there. It updates itself: when the report is revoked, disputed or expires,
          the badge on your page says so within a minute.
        </Text>
        <CodeBlock code={badgeSnippet(base, verificationID)} language="javascript" title="Badge snippet (HTML)" />
        <Text size="sm" fw={500} component="h3" m={0}>
          Live preview
        </Text>
        {/* The frame is the one embed.js injects (size, sandbox, no referrer), so the preview is what a visitor of the partner's site sees. */}
        <Box style={{ border: '1px dashed var(--mantine-color-gray-4)', borderRadius: 8, padding: 8, width: 'fit-content' }}>
          <iframe
            src={`${base}/badge/${encodeURIComponent(verificationID)}`}
            title={`Live preview of the KeyBS verification badge for ${verificationID}`}
            width={320}
            height={112}
            referrerPolicy="no-referrer"
            sandbox="allow-popups allow-popups-to-escape-sandbox"
            style={{ border: 0, display: 'block', colorScheme: 'light' }}
          />
        </Box>
      </Stack>
    </Card>
  );
}
