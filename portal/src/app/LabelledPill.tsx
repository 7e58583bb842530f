import { Pill, type TagsInputProps } from '@mantine/core';

/**
 * A TagsInput pill whose remove button has a name ("Remove 203.0.113.0/24")
 * and can be reached with Tab: Mantine's own is an unnamed icon hidden from
 * assistive technology, so only Backspace removed a tag, and only the last.
 * Pass it as a TagsInput's renderPill.
 */
export const renderLabelledPill: NonNullable<TagsInputProps['renderPill']> = ({ value, onRemove, disabled }) => (
  <Pill
    withRemoveButton={!disabled}
    onRemove={onRemove}
    disabled={disabled}
    removeButtonProps={{ 'aria-label': `Remove ${value}`, 'aria-hidden': false, tabIndex: 0 }}
  >
    {value}
  </Pill>
);
