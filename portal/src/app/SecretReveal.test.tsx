import { MantineProvider } from '@mantine/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { SecretReveal } from './SecretReveal';
import { theme } from './theme';

describe('SecretReveal', () => {
  it('shows the whole secret once, warns, and copies it to the clipboard', async () => {
    const user = userEvent.setup();
    render(
      <MantineProvider theme={theme}>
        <SecretReveal label="API key" secret="kbs_test_abcdef123456" />
      </MantineProvider>,
    );
    expect(screen.getByLabelText('Your new API key')).toHaveTextContent('kbs_test_abcdef123456');
    expect(screen.getByRole('note')).toHaveTextContent(/only time it is shown/);

    await user.click(screen.getByRole('button', { name: 'Copy API key' }));
    expect(await navigator.clipboard.readText()).toBe('kbs_test_abcdef123456');
    expect(await screen.findByRole('button', { name: 'API key copied' })).toBeInTheDocument();
  });
});
