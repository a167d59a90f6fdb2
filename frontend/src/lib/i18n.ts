import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import enAudit from '@/locales/en/audit.json';
import enCalendar from '@/locales/en/calendar.json';
import enCases from '@/locales/en/cases.json';
import enCommon from '@/locales/en/common.json';
import enDeadlines from '@/locales/en/deadlines.json';
import enDirectory from '@/locales/en/directory.json';
import enHome from '@/locales/en/home.json';
import enOrg from '@/locales/en/org.json';
import enOrgUnits from '@/locales/en/orgunits.json';
import enPetitions from '@/locales/en/petitions.json';
import enProfile from '@/locales/en/profile.json';
import enRoles from '@/locales/en/roles.json';
import enSchedules from '@/locales/en/schedules.json';
import enVisits from '@/locales/en/visits.json';
import enReports from '@/locales/en/reports.json';
import enSubmissions from '@/locales/en/submissions.json';
import enDashboard from '@/locales/en/dashboard.json';
import enRecognition from '@/locales/en/recognition.json';
import viAudit from '@/locales/vi/audit.json';
import viCalendar from '@/locales/vi/calendar.json';
import viCases from '@/locales/vi/cases.json';
import viCommon from '@/locales/vi/common.json';
import viDeadlines from '@/locales/vi/deadlines.json';
import viDirectory from '@/locales/vi/directory.json';
import viHome from '@/locales/vi/home.json';
import viOrg from '@/locales/vi/org.json';
import viOrgUnits from '@/locales/vi/orgunits.json';
import viPetitions from '@/locales/vi/petitions.json';
import viProfile from '@/locales/vi/profile.json';
import viRoles from '@/locales/vi/roles.json';
import viSchedules from '@/locales/vi/schedules.json';
import viVisits from '@/locales/vi/visits.json';
import viReports from '@/locales/vi/reports.json';
import viSubmissions from '@/locales/vi/submissions.json';
import viDashboard from '@/locales/vi/dashboard.json';
import viRecognition from '@/locales/vi/recognition.json';

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'vi';

export const resources = {
  vi: {
    common: viCommon,
    home: viHome,
    profile: viProfile,
    roles: viRoles,
    org: viOrg,
    orgunits: viOrgUnits,
    audit: viAudit,
    directory: viDirectory,
    schedules: viSchedules,
    calendar: viCalendar,
    deadlines: viDeadlines,
    visits: viVisits,
    petitions: viPetitions,
    cases: viCases,
    reports: viReports,
    submissions: viSubmissions,
    dashboard: viDashboard,
    recognition: viRecognition,
  },
  en: {
    common: enCommon,
    home: enHome,
    profile: enProfile,
    roles: enRoles,
    org: enOrg,
    orgunits: enOrgUnits,
    audit: enAudit,
    directory: enDirectory,
    schedules: enSchedules,
    calendar: enCalendar,
    deadlines: enDeadlines,
    visits: enVisits,
    petitions: enPetitions,
    cases: enCases,
    reports: enReports,
    submissions: enSubmissions,
    dashboard: enDashboard,
    recognition: enRecognition,
  },
} as const;

const STORAGE_KEY = 'tiepdan.language';

const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

export function storedLanguage(): Language {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = i18next.createInstance();

/** <html lang>, dayjs and the fallback title follow the language. */
function applyLanguage(language: string) {
  document.documentElement.lang = language;
  dayjs.locale(language === 'vi' ? 'vi' : 'en');
}

export function initI18n(language: Language = storedLanguage()) {
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', applyLanguage);
    void i18n.use(initReactI18next).init({
      resources,
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES,
      ns: Object.keys(resources.vi),
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
  } else if (i18n.language !== language) {
    void i18n.changeLanguage(language);
  }
  applyLanguage(i18n.language);
  return i18n;
}

/** Switches the language and remembers the choice for the next visit. */
export async function changeLanguage(language: Language) {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
  await i18n.changeLanguage(language);
}

export const currentLanguage = (): Language =>
  isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : DEFAULT_LANGUAGE;
