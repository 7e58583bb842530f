import { Box, Button, CopyButton, Group, Text, VisuallyHidden } from '@mantine/core';
import { Highlight, themes } from 'prism-react-renderer';

interface CodeBlockProps {
  code: string;
  language: 'bash' | 'json' | 'javascript' | 'typescript' | 'python' | 'go';
  /** Names the snippet for screen readers and the copy button. */
  title: string;
}

/** Highlighted, copyable code (curl calls, JSON payloads, samples). */
export function CodeBlock({ code, language, title }: CodeBlockProps) {
  return (
    <Box pos="relative" component="figure" m={0} aria-label={title}>
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed" component="figcaption">
          {title}
        </Text>
        <CopyButton value={code} timeout={2000}>
          {({ copied, copy }) => (
            <Button size="compact-xs" variant={copied ? 'filled' : 'default'} color={copied ? 'teal' : undefined} onClick={copy}>
              {copied ? 'Copied' : `Copy`}
              <VisuallyHidden> {title}</VisuallyHidden>
            </Button>
          )}
        </CopyButton>
      </Group>
      <Highlight code={code.trimEnd()} language={language} theme={themes.github}>
        {({ className, style, tokens, getLineProps, getTokenProps }) => (
          <pre
            className={className}
            style={{ ...style, margin: 0, padding: 12, borderRadius: 8, overflowX: 'auto', fontSize: 13, border: '1px solid var(--mantine-color-gray-3)' }}
            tabIndex={0}
          >
            {tokens.map((line, i) => (
              <div key={i} {...getLineProps({ line })}>
                {line.map((token, key) => (
                  <span key={key} {...getTokenProps({ token })} />
                ))}
              </div>
            ))}
          </pre>
        )}
      </Highlight>
    </Box>
  );
}
