import type { ThemeConfig } from 'antd';

const primary = '#a8071a';

/**
 * antd's default greys for secondary text fail WCAG AA contrast (4.5:1) on white and on the
 * grey layout background; these are darkened so axe finds no contrast violations.
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: primary,
    colorLink: primary,
    colorInfo: '#0050b3',
    // antd's red (danger buttons) is below 4.5:1 on white.
    colorError: '#cf1322',
    colorTextSecondary: 'rgba(0, 0, 0, 0.70)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.66)',
    colorTextQuaternary: 'rgba(0, 0, 0, 0.60)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.60)',
    fontFamily:
      "'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, 'DejaVu Sans', 'Liberation Sans', sans-serif",
    borderRadius: 6,
  },
  components: {
    Layout: {
      headerBg: primary,
      headerColor: '#ffffff',
      headerPadding: '0 24px',
      siderBg: '#ffffff',
    },
    Menu: {
      itemSelectedBg: '#fff1f0',
      itemSelectedColor: primary,
    },
  },
};
