import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { i18n, storedLanguage } from '@/lib/i18n';
import { renderWithProviders } from '@/test/render';
import { LanguageSwitch } from './LanguageSwitch';

describe('LanguageSwitch', () => {
  it('starts in Vietnamese', async () => {
    await renderWithProviders(<LanguageSwitch />);
    expect(storedLanguage()).toBe('vi');
    expect(screen.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
    expect(document.documentElement.lang).toBe('vi');
  });

  it('switches to English, updates <html lang> and remembers the choice', async () => {
    await renderWithProviders(<LanguageSwitch />);

    await act(async () => {
      fireEvent.click(screen.getByText('English'));
    });

    expect(i18n.language).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('tiepdan.language')).toBe('en');
    expect(storedLanguage()).toBe('en');
    expect(screen.getByRole('radiogroup', { name: 'Language' })).toBeInTheDocument();
  });
});
