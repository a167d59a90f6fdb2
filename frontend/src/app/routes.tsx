import {
  AlertOutlined,
  ClusterOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  SafetyOutlined,
  SettingOutlined,
  TableOutlined,
  TrophyOutlined,
  ApartmentOutlined,
  FileTextOutlined,
  FolderOpenOutlined,
  AuditOutlined,
  CalendarOutlined,
  CarryOutOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  FieldTimeOutlined,
  ScheduleOutlined,
  CloudUploadOutlined,
  ContactsOutlined,
  FormOutlined,
  HomeOutlined,
  HourglassOutlined,
  ReadOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ComponentType, ReactNode } from 'react';
import { hasAnyRole } from '@/lib/authorization';
import type { Role } from '@/lib/roles';

/**
 * One entry per page. A new feature joins by adding an entry here with the roles that may open it;
 * the side navigation, the route guard and the document title all come from this table.
 */
export interface AppRoute {
  /** Absolute path, e.g. '/profile'. */
  path: string;
  /** Key in the common namespace: the navigation label and the document title. */
  titleKey: string;
  icon?: ReactNode;
  /** Any one of these roles opens the page; absent means every signed-in official. */
  roles?: readonly Role[];
  /** false keeps the page out of the side navigation (detail pages, wizards). */
  nav?: boolean;
  /** Loads the page lazily, so each feature is its own chunk. */
  page: () => Promise<ComponentType>;
}

const schedulesFeature = () => import('@/features/schedules');

/** Who reads reception sessions and schedules: the unit's staff and the province-wide readers. */
const SCHEDULE_READERS = [
  'reception_officer',
  'unit_leader',
  'inspector',
  'home_affairs_inspector',
  'mobilization_viewer',
  'admin',
] as const satisfies readonly Role[];

/** Reception schedules and sessions (issue 4): read by the unit, edited by its leader. */
export const scheduleRoutes: readonly AppRoute[] = [
  {
    path: '/sessions',
    titleKey: 'nav.sessions',
    icon: <CalendarOutlined aria-hidden />,
    roles: SCHEDULE_READERS,
    page: () => schedulesFeature().then((m) => m.SessionsPage),
  },
  {
    path: '/sessions/today',
    titleKey: 'nav.sessionsToday',
    icon: <ClockCircleOutlined aria-hidden />,
    roles: ['reception_officer', 'unit_leader', 'admin'],
    page: () => schedulesFeature().then((m) => m.TodayPage),
  },
  {
    path: '/schedules',
    titleKey: 'nav.schedules',
    icon: <ScheduleOutlined aria-hidden />,
    roles: SCHEDULE_READERS,
    page: () => schedulesFeature().then((m) => m.SchedulesPage),
  },
  {
    path: '/compliance',
    titleKey: 'nav.compliance',
    icon: <CheckSquareOutlined aria-hidden />,
    roles: ['unit_leader', 'inspector', 'home_affairs_inspector', 'mobilization_viewer', 'admin'],
    page: () => schedulesFeature().then((m) => m.CompliancePage),
  },
];

const visitsFeature = () => import('@/features/visits');

/** Who records visits: the unit's reception staff, its leader and the petition handlers. */
export const VISIT_WRITERS = [
  'reception_officer',
  'unit_leader',
  'petition_handler',
] as const satisfies readonly Role[];

/** The reception desk and book (issue 5); the book is also read by the custodian and inspectors. */
export const visitRoutes: readonly AppRoute[] = [
  {
    path: '/visits/desk',
    titleKey: 'nav.visitDesk',
    icon: <FormOutlined aria-hidden />,
    roles: VISIT_WRITERS,
    page: () => visitsFeature().then((m) => m.VisitDeskPage),
  },
  {
    path: '/visits',
    titleKey: 'nav.visitBook',
    icon: <ReadOutlined aria-hidden />,
    roles: [...VISIT_WRITERS, 'confidential_custodian', 'inspector'],
    page: () => visitsFeature().then((m) => m.VisitBookPage),
  },
  {
    path: '/visits/:id',
    titleKey: 'nav.visitDetail',
    nav: false,
    roles: [...VISIT_WRITERS, 'confidential_custodian', 'inspector'],
    page: () => visitsFeature().then((m) => m.VisitDetailPage),
  },
];

const petitionsFeature = () => import('@/features/petitions');
const casesFeature = () => import('@/features/cases');

/**
 * Who reads petitions and cases (issue 6): the unit's staff in scope and the province-wide readers;
 * mobilization viewers and home affairs inspectors do not.
 */
export const CASE_READERS = [
  'reception_officer',
  'unit_leader',
  'petition_handler',
  'confidential_custodian',
  'inspector',
  'auditor',
  'admin',
] as const satisfies readonly Role[];

/** Who receives petitions. */
export const PETITION_WRITERS = [
  'reception_officer',
  'unit_leader',
  'petition_handler',
] as const satisfies readonly Role[];

/** Petitions (đơn) and cases (hồ sơ vụ việc), issue 6. */
export const caseRoutes: readonly AppRoute[] = [
  {
    path: '/petitions',
    titleKey: 'nav.petitions',
    icon: <FileTextOutlined aria-hidden />,
    roles: CASE_READERS,
    page: () => petitionsFeature().then((m) => m.PetitionsPage),
  },
  {
    path: '/petitions/new',
    titleKey: 'nav.petitionNew',
    nav: false,
    roles: PETITION_WRITERS,
    page: () => petitionsFeature().then((m) => m.PetitionNewPage),
  },
  {
    path: '/petitions/:id',
    titleKey: 'nav.petitionDetail',
    nav: false,
    roles: CASE_READERS,
    page: () => petitionsFeature().then((m) => m.PetitionDetailPage),
  },
  {
    path: '/cases',
    titleKey: 'nav.cases',
    icon: <FolderOpenOutlined aria-hidden />,
    roles: CASE_READERS,
    page: () => casesFeature().then((m) => m.CasesPage),
  },
  {
    path: '/cases/:id',
    titleKey: 'nav.caseDetail',
    nav: false,
    roles: CASE_READERS,
    page: () => casesFeature().then((m) => m.CaseDetailPage),
  },
  {
    path: '/overdue',
    titleKey: 'nav.overdue',
    icon: <AlertOutlined aria-hidden />,
    roles: CASE_READERS,
    page: () => casesFeature().then((m) => m.OverduePage),
  },
];

const reportsFeature = () => import('@/features/reports');
const submissionsFeature = () => import('@/features/submissions');
const recognitionFeature = () => import('@/features/recognition');

/** Who computes the live forms and drills into their cells (issue 7): not the Dân vận and Nội vụ readers. */
export const FORM_READERS = [
  'unit_leader',
  'reception_officer',
  'petition_handler',
  'inspector',
  'auditor',
  'admin',
] as const satisfies readonly Role[];

/** Who reads submitted reports: the units' leaders, the inspectorate and the province-wide readers. */
export const SUBMISSION_READERS = [
  'unit_leader',
  'inspector',
  'admin',
  'auditor',
  'mobilization_viewer',
  'home_affairs_inspector',
] as const satisfies readonly Role[];

/** Who opens the Mass Mobilization dashboard (aggregates only). */
export const DASHBOARD_READERS = [
  'mobilization_viewer',
  'home_affairs_inspector',
  'inspector',
  'admin',
  'auditor',
  'unit_leader',
] as const satisfies readonly Role[];

/** Who reads inspections, commendations and corrections; home_affairs_inspector records them. */
export const RECOGNITION_READERS = [
  'home_affairs_inspector',
  'inspector',
  'admin',
  'unit_leader',
  'mobilization_viewer',
] as const satisfies readonly Role[];

/** Periodic reports, their submission and review, the dashboard and recognition (issue 7). */
export const reportRoutes: readonly AppRoute[] = [
  {
    path: '/dashboard',
    titleKey: 'nav.dashboard',
    icon: <DashboardOutlined aria-hidden />,
    roles: DASHBOARD_READERS,
    // Its own chunk (with the charts), loaded only when the dashboard is opened.
    page: () => import('@/features/dashboard').then((m) => m.DashboardPage),
  },
  {
    path: '/reports/forms',
    titleKey: 'nav.reportForms',
    icon: <TableOutlined aria-hidden />,
    roles: FORM_READERS,
    page: () => reportsFeature().then((m) => m.FormViewerPage),
  },
  {
    path: '/reports/submissions',
    titleKey: 'nav.submissions',
    icon: <FileDoneOutlined aria-hidden />,
    roles: SUBMISSION_READERS,
    page: () => submissionsFeature().then((m) => m.SubmissionsPage),
  },
  {
    path: '/reports/submissions/:id',
    titleKey: 'nav.submissionDetail',
    nav: false,
    roles: SUBMISSION_READERS,
    page: () => submissionsFeature().then((m) => m.SubmissionDetailPage),
  },
  {
    path: '/reports/review',
    titleKey: 'nav.reviewQueue',
    icon: <FileSearchOutlined aria-hidden />,
    roles: ['inspector'],
    page: () => submissionsFeature().then((m) => m.ReviewQueuePage),
  },
  {
    path: '/reports/consolidation',
    titleKey: 'nav.consolidation',
    icon: <ClusterOutlined aria-hidden />,
    roles: ['inspector', 'admin', 'mobilization_viewer'],
    page: () => submissionsFeature().then((m) => m.ConsolidationPage),
  },
  {
    path: '/reports/periods',
    titleKey: 'nav.periodKinds',
    icon: <SettingOutlined aria-hidden />,
    roles: SUBMISSION_READERS,
    page: () => submissionsFeature().then((m) => m.PeriodKindsPage),
  },
  {
    path: '/inspections',
    titleKey: 'nav.inspections',
    icon: <SafetyOutlined aria-hidden />,
    roles: RECOGNITION_READERS,
    page: () => recognitionFeature().then((m) => m.InspectionsPage),
  },
  {
    path: '/recognitions',
    titleKey: 'nav.recognitions',
    icon: <TrophyOutlined aria-hidden />,
    roles: RECOGNITION_READERS,
    page: () => recognitionFeature().then((m) => m.RecognitionsPage),
  },
];

const orgUnitsPage = () =>
  import('@/features/orgunits/components/OrgUnitsPage').then((m) => m.OrgUnitsPage);

/** Pages of the signed-in application: opening one signs the user in first. */
export const appRoutes: readonly AppRoute[] = [
  {
    path: '/',
    titleKey: 'nav.home',
    icon: <HomeOutlined aria-hidden />,
    page: () => import('@/features/home/components/HomePage').then((m) => m.HomePage),
  },
  {
    // Every official may open the tree: the API shows each only their own unit's subtree.
    path: '/org-units',
    titleKey: 'nav.orgUnits',
    icon: <ApartmentOutlined aria-hidden />,
    page: orgUnitsPage,
  },
  {
    path: '/org-units/import',
    titleKey: 'nav.orgImport',
    icon: <CloudUploadOutlined aria-hidden />,
    roles: ['admin'],
    page: () => import('@/features/orgunits/components/ImportPage').then((m) => m.ImportPage),
  },
  { path: '/org-units/:id', titleKey: 'nav.orgUnits', nav: false, page: orgUnitsPage },
  {
    path: '/audit',
    titleKey: 'nav.audit',
    icon: <AuditOutlined aria-hidden />,
    roles: ['auditor', 'admin'],
    page: () => import('@/features/audit/components/AuditPage').then((m) => m.AuditPage),
  },
  ...scheduleRoutes,
  ...visitRoutes,
  ...caseRoutes,
  ...reportRoutes,
  {
    // Days off and swapped working days: every legal deadline and reception schedule counts on it.
    path: '/calendar',
    titleKey: 'nav.calendar',
    icon: <CarryOutOutlined aria-hidden />,
    roles: ['admin'],
    page: () => import('@/features/calendar/components/CalendarPage').then((m) => m.CalendarPage),
  },
  {
    // Legal deadline rules: every official reads them and tries a deadline; the admin corrects them.
    path: '/deadline-rules',
    titleKey: 'nav.deadlineRules',
    icon: <HourglassOutlined aria-hidden />,
    roles: [
      'reception_officer',
      'unit_leader',
      'petition_handler',
      'confidential_custodian',
      'inspector',
      'home_affairs_inspector',
      'auditor',
      'admin',
      'mobilization_viewer',
    ],
    page: () =>
      import('@/features/deadlines/components/DeadlineRulesPage').then((m) => m.DeadlineRulesPage),
  },
  {
    path: '/profile',
    titleKey: 'nav.profile',
    icon: <UserOutlined aria-hidden />,
    page: () => import('@/features/profile/components/ProfilePage').then((m) => m.ProfilePage),
  },
];

/**
 * Pages anyone may open without signing in (Luật Tiếp công dân: the public must know where and
 * when to be received). They render in the public layout and never start a login.
 */
export const publicRoutes: readonly AppRoute[] = [
  {
    path: '/danh-ba',
    titleKey: 'nav.directory',
    icon: <ContactsOutlined aria-hidden />,
    page: () =>
      import('@/features/directory/components/DirectoryPage').then((m) => m.DirectoryPage),
  },
  {
    path: '/lich-tiep-cong-dan',
    titleKey: 'nav.publicSchedule',
    icon: <FieldTimeOutlined aria-hidden />,
    page: () => schedulesFeature().then((m) => m.PublicSchedulePage),
  },
];

/** The routes a user holding `roles` may open. */
export const routesFor = (routes: readonly AppRoute[], roles: readonly string[]) =>
  routes.filter((route) => hasAnyRole(roles, route.roles));

/** The side-navigation entries for a user holding `roles`, in table order. */
export const navigationFor = (routes: readonly AppRoute[], roles: readonly string[]) =>
  routesFor(routes, roles).filter((route) => route.nav !== false);
