import { Box, Button, CopyButton, Group, Text, VisuallyHidden } from '@mantine/core';
import { Highlight, themes, type PrismTheme } from 'prism-react-renderer';

// Prism's GitHub theme with its light token colours darkened to WCAG AA
// (at least 4.5:1 on the block's #f6f8fa): samples in every language stay
// readable, and axe passes on pages that show them open.
const AA_COLORS: Record<string, string> = { '#999988': '#5c6370', '#e3116c': '#b3004f', '#36acaa': '#1b7674', '#00a4db': '#006b94', '#d73a49': '#b31d28' };
const theme: PrismTheme = {
  ...themes.github,
  styles: themes.github.styles.map((s) => ({ ...s, style: { ...s.style, ...(s.style.color ? { color: AA_COLORS[s.style.color] ?? s.style.color } : {}) } })),
};

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
      <Highlight code={code.trimEnd()} language={language} theme={theme}>
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
