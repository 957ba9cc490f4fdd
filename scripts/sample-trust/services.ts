/**
 * The fictional acute trust's servers, service by service, as a hospital IT team would list
 * them: hostnames, the applications each one runs, where it sits and what it must not share.
 * Sizes, ages, utilisation and power are filled in by generate-sample-trust.ts from the seed.
 */
export type Size = 'S' | 'M' | 'L' | 'XL' | 'T';
export type Role = 'app' | 'web' | 'db' | 'file' | 'archive' | 'backup' | 'infra' | 'appliance';
export type Criticality = 'critical' | 'high' | 'medium' | 'low';

export interface ServerSpec {
  id: string;
  apps: string[];
  size: Size;
  role: Role;
  site?: string;
  environment?: string;
  criticality?: Criticality;
  /** Purchase years to draw from, inclusive. */
  years?: [number, number];
  os?: 'windows' | 'linux';
  /** Reason the server cannot be virtualised; absent when it can. */
  notVirtualisable?: string;
  antiAffinity?: string;
  /** A VM already running on the trust's legacy vSphere hosts. */
  virtual?: boolean;
}

export interface ServiceSpec {
  service: string;
  criticality: Criticality;
  servers: ServerSpec[];
}

export const MAIN = 'Main DC';
export const SECOND = 'Second site';
export const COMMS_A = 'Ward comms room A (Tower block)';
export const COMMS_B = 'Ward comms room B (Women and children)';
export const COMMS_C = 'Ward comms room C (Outpatients)';

/** n numbered copies of a server, e.g. MDC-EPR-WEB01..04. */
function farm(prefix: string, n: number, spec: Omit<ServerSpec, 'id'>): ServerSpec[] {
  return Array.from({ length: n }, (_, i) => ({ ...spec, id: `${prefix}${String(i + 1).padStart(2, '0')}` }));
}

export const services: ServiceSpec[] = [
  {
    service: 'Ward systems',
    criticality: 'critical',
    servers: [
      { id: 'MDC-EOBS-APP01', apps: ['e-Observations (NEWS2)', 'Sepsis alerting'], size: 'M', role: 'app' },
      { id: 'MDC-EOBS-APP02', apps: ['e-Observations (NEWS2)', 'Deterioration dashboard'], size: 'M', role: 'app' },
      { id: 'MDC-EOBS-DB01', apps: ['e-Observations database'], size: 'L', role: 'db' },
      { id: 'SS-EOBS-APP03', apps: ['e-Observations (NEWS2)'], size: 'M', role: 'app', site: SECOND },
      { id: 'MDC-EOBS-TST01', apps: ['e-Observations (NEWS2)'], size: 'S', role: 'app', environment: 'test', criticality: 'low' },
      { id: 'MDC-BEDM-APP01', apps: ['Bed management', 'Patient flow board', 'Discharge lounge tracker'], size: 'M', role: 'app' },
      { id: 'MDC-BEDM-DB01', apps: ['Bed management database'], size: 'M', role: 'db' },
      { id: 'WCR-A-NCALL01', apps: ['Nurse call server (Tower block)', 'Nurse call paging gateway'], size: 'T', role: 'appliance', site: COMMS_A,
        notVirtualisable: 'Vendor-certified nurse call appliance with serial interface cards to the ward call points' },
      { id: 'WCR-B-NCALL02', apps: ['Nurse call server (Women and children)'], size: 'T', role: 'appliance', site: COMMS_B,
        notVirtualisable: 'Vendor-certified nurse call appliance with serial interface cards to the ward call points' },
      { id: 'MDC-EPMA-APP01', apps: ['Ward e-prescribing (EPMA)', 'Medicines administration record'], size: 'L', role: 'app' },
      { id: 'MDC-EPMA-APP02', apps: ['Ward e-prescribing (EPMA)', 'Controlled drugs register'], size: 'L', role: 'app' },
      { id: 'MDC-EPMA-WEB01', apps: ['Ward e-prescribing terminals broker', 'EPMA label print service'], size: 'M', role: 'web' },
      { id: 'MDC-WBRD-APP01', apps: ['Electronic ward whiteboards', 'Nursing handover'], size: 'M', role: 'app' },
      { id: 'WCR-A-WARD01', apps: ['Ward kiosk server (Tower block)', 'Bedside entertainment gateway'], size: 'T', role: 'app', site: COMMS_A, criticality: 'medium' },
      { id: 'WCR-C-WARD02', apps: ['Ward kiosk server (Outpatients)', 'Fluid balance charts'], size: 'T', role: 'app', site: COMMS_C, criticality: 'medium' },
      { id: 'MDC-FALLS-APP01', apps: ['Falls and pressure ulcer risk assessment', 'Safety thermometer returns'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-VTE-APP01', apps: ['VTE risk assessment'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-DIET-APP01', apps: ['Patient meal ordering', 'Dietetics caseload'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-PORT-APP01', apps: ['Porter tasking', 'Facilities cleaning requests'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-INFC-APP01', apps: ['Infection prevention surveillance', 'MRSA screening tracker'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-TELE-APP01', apps: ['Telemetry central viewer', 'Cardiac monitoring gateway'], size: 'M', role: 'app' },
      { id: 'MDC-WARD-VM01', apps: ['Ward dashboard'], size: 'S', role: 'web', virtual: true, criticality: 'high' },
      { id: 'MDC-WARD-VM02', apps: ['Nursing rota viewer'], size: 'S', role: 'web', virtual: true, criticality: 'medium' },
      { id: 'MDC-WARD-VM03', apps: ['Ward clerk tools', 'Patient property log'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'PAS/EPR',
    criticality: 'critical',
    servers: [
      ...farm('MDC-EPR-WEB', 4, { apps: ['EPR web portal', 'Clinical noting'], size: 'M', role: 'web' }),
      ...farm('MDC-EPR-APP', 4, { apps: ['EPR application tier', 'Clinical documentation'], size: 'L', role: 'app' }),
      { id: 'MDC-PAS-APP01', apps: ['Patient administration system (PAS)', 'Referral to treatment (RTT) tracking'], size: 'L', role: 'app' },
      { id: 'MDC-PAS-APP02', apps: ['Patient administration system (PAS)', 'Waiting list management'], size: 'L', role: 'app' },
      { id: 'MDC-PAS-RPT01', apps: ['PAS reporting', 'Commissioning data set (CDS) submissions'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-TIE-APP01', apps: ['Integration engine (HL7)', 'Spine connectivity (PDS lookup)'], size: 'L', role: 'app' },
      { id: 'MDC-TIE-APP02', apps: ['Integration engine (HL7)', 'Message archive'], size: 'L', role: 'app' },
      { id: 'MDC-EDMS-APP01', apps: ['Electronic document management (EDMS)', 'Scanned case notes viewer', 'Kofax Capture 11.1'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-EDMS-FS01', apps: ['EDMS document store'], size: 'XL', role: 'file', criticality: 'high' },
      { id: 'MDC-ORCO-APP01', apps: ['Order communications (ICE)', 'Results reporting'], size: 'M', role: 'app' },
      { id: 'MDC-PORT-WEB01', apps: ['Clinical portal', 'GP results viewer'], size: 'M', role: 'web', criticality: 'high' },
      { id: 'MDC-LETR-APP01', apps: ['Clinic letters', 'Digital dictation'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-OPD-APP01', apps: ['Outpatient check-in kiosks', 'Patient calling screens'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-ED-APP01', apps: ['Emergency department system', 'ED tracking board'], size: 'L', role: 'app' },
      { id: 'MDC-ED-APP02', apps: ['Emergency department system', 'ECDS submissions'], size: 'L', role: 'app' },
      { id: 'MDC-CODE-APP01', apps: ['Clinical coding encoder', 'Coding audit'], size: 'M', role: 'app', criticality: 'medium' },
      { id: 'SS-EPR-APP05', apps: ['EPR application tier'], size: 'L', role: 'app', site: SECOND },
      { id: 'SS-PAS-APP03', apps: ['Patient administration system (PAS)'], size: 'L', role: 'app', site: SECOND },
      { id: 'MDC-EPR-TST01', apps: ['EPR application tier', 'EPR web portal'], size: 'M', role: 'app', environment: 'test', criticality: 'low' },
      { id: 'MDC-EPR-TRN01', apps: ['EPR training environment'], size: 'M', role: 'app', environment: 'training', criticality: 'low' },
      { id: 'MDC-PAS-VM01', apps: ['Medical records tracking', 'Case note requests'], size: 'S', role: 'app', virtual: true, criticality: 'high' },
      { id: 'MDC-PAS-VM02', apps: ['Overseas visitors register'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Pathology LIMS',
    criticality: 'critical',
    servers: [
      { id: 'MDC-LIMS-APP01', apps: ['Laboratory information management (LIMS)', 'Haematology module', 'Clinical biochemistry module'], size: 'L', role: 'app' },
      { id: 'MDC-LIMS-APP02', apps: ['Laboratory information management (LIMS)', 'Microbiology module'], size: 'L', role: 'app' },
      { id: 'MDC-LIMS-DB01', apps: ['LIMS database'], size: 'L', role: 'db' },
      { id: 'MDC-LIMS-MID01', apps: ['Analyser middleware', 'Auto-verification rules'], size: 'M', role: 'appliance',
        notVirtualisable: 'Dongle-licensed: the analyser middleware licence is a USB key bound to this server' },
      { id: 'MDC-BLBK-APP01', apps: ['Blood bank (transfusion) system', 'Blood fridge tracking'], size: 'M', role: 'app' },
      { id: 'MDC-CELL-APP01', apps: ['Cellular pathology', 'Digital pathology slide viewer'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-CELL-FS01', apps: ['Digital pathology slide store'], size: 'XL', role: 'archive', criticality: 'high' },
      { id: 'MDC-MORT-APP01', apps: ['Mortuary register', 'Bereavement office'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-POCT-APP01', apps: ['Point-of-care testing connectivity', 'Blood gas analyser manager'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-LIMS-INT01', apps: ['Pathology GP links', 'Pathology results interface'], size: 'M', role: 'app' },
      { id: 'SS-LIMS-APP03', apps: ['Laboratory information management (LIMS)'], size: 'L', role: 'app', site: SECOND },
      { id: 'MDC-LIMS-TST01', apps: ['Laboratory information management (LIMS)'], size: 'M', role: 'app', environment: 'test', criticality: 'low' },
      { id: 'MDC-PATH-VM01', apps: ['Pathology QC dashboard', 'EQA returns'], size: 'S', role: 'web', virtual: true, criticality: 'medium' },
      { id: 'MDC-PATH-VM02', apps: ['Sample tracking'], size: 'S', role: 'app', virtual: true, criticality: 'high' },
    ],
  },
  {
    service: 'Radiology PACS/RIS',
    criticality: 'critical',
    servers: [
      { id: 'MDC-PACS-APP01', apps: ['PACS image manager', 'PACS web viewer'], size: 'L', role: 'app' },
      { id: 'MDC-PACS-APP02', apps: ['PACS image manager', 'Prefetch service'], size: 'L', role: 'app' },
      { id: 'MDC-PACS-DB01', apps: ['PACS database'], size: 'L', role: 'db' },
      { id: 'MDC-PACS-ARC01', apps: ['PACS short-term archive'], size: 'XL', role: 'archive' },
      { id: 'MDC-VNA-ARC01', apps: ['Vendor neutral archive (VNA)'], size: 'XL', role: 'archive', criticality: 'high' },
      { id: 'SS-PACS-ARC02', apps: ['PACS long-term archive replica'], size: 'XL', role: 'archive', site: SECOND, criticality: 'high' },
      { id: 'MDC-PACS-GW01', apps: ['PACS modality gateway (CT and MR)', 'DICOM modality worklist'], size: 'M', role: 'appliance',
        notVirtualisable: 'PACS modality gateway: vendor supports it only on its certified physical appliance' },
      { id: 'MDC-PACS-GW02', apps: ['PACS modality gateway (X-ray and ultrasound)'], size: 'M', role: 'appliance',
        notVirtualisable: 'PACS modality gateway: vendor supports it only on its certified physical appliance' },
      { id: 'MDC-RIS-APP01', apps: ['Radiology information system (RIS)', 'Radiology scheduling'], size: 'L', role: 'app' },
      { id: 'MDC-RIS-DB01', apps: ['RIS database'], size: 'M', role: 'db' },
      { id: 'MDC-VR-APP01', apps: ['Radiology voice recognition', 'Reporting worklists', 'Digital dictation'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-3D-APP01', apps: ['Advanced visualisation (3D)', 'Cardiac CT post-processing'], size: 'L', role: 'app', criticality: 'high' },
      { id: 'MDC-DOSE-APP01', apps: ['Radiation dose monitoring'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-IEP-APP01', apps: ['Image exchange portal', 'Image sharing with tertiary centres'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-BRST-APP01', apps: ['Breast screening system', 'Mammography workflow'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-ECHO-APP01', apps: ['Echocardiography reporting', 'Cardiology image store'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-PACS-TST01', apps: ['PACS image manager'], size: 'M', role: 'app', environment: 'test', criticality: 'low' },
      { id: 'MDC-RAD-VM01', apps: ['Radiology discrepancy log', 'Radiology QA audits'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Pharmacy',
    criticality: 'high',
    servers: [
      { id: 'MDC-PHRM-APP01', apps: ['Pharmacy stock control', 'Pharmacy label printing'], size: 'M', role: 'app' },
      { id: 'MDC-PHRM-DB01', apps: ['Pharmacy database'], size: 'M', role: 'db' },
      { id: 'MDC-PHRM-ROB01', apps: ['Dispensing robot controller'], size: 'M', role: 'appliance',
        notVirtualisable: 'Vendor-certified appliance controlling the dispensing robot' },
      { id: 'MDC-CHEM-APP01', apps: ['Chemotherapy e-prescribing', 'Oncology regimens library'], size: 'M', role: 'app', criticality: 'critical' },
      { id: 'MDC-ASEP-APP01', apps: ['Aseptic unit manufacturing', 'Batch records'], size: 'S', role: 'app' },
      { id: 'MDC-MEDS-APP01', apps: ['Medicines information enquiries', 'Homecare medicines ordering'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-PHRM-VM01', apps: ['Pharmacy workload dashboard', 'Discharge medicines tracker'], size: 'S', role: 'web', virtual: true, criticality: 'medium' },
      { id: 'MDC-PHRM-TST01', apps: ['Pharmacy stock control'], size: 'S', role: 'app', environment: 'test', criticality: 'low' },
    ],
  },
  {
    service: 'Theatres',
    criticality: 'high',
    servers: [
      { id: 'MDC-THTR-APP01', apps: ['Theatre management', 'Theatre scheduling'], size: 'M', role: 'app', criticality: 'critical' },
      { id: 'MDC-THTR-DB01', apps: ['Theatre management database'], size: 'M', role: 'db', criticality: 'critical' },
      { id: 'MDC-ANAE-APP01', apps: ['Anaesthesia information management', 'Anaesthetic charting'], size: 'M', role: 'app' },
      { id: 'MDC-DECO-APP01', apps: ['Surgical instrument tracking', 'Decontamination traceability'], size: 'S', role: 'app' },
      { id: 'MDC-ENDO-APP01', apps: ['Endoscopy reporting', 'Endoscope tracking'], size: 'M', role: 'app' },
      { id: 'MDC-IMPL-APP01', apps: ['Implant tracking', 'National joint registry returns'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-THTR-VM01', apps: ['Theatre utilisation dashboard'], size: 'S', role: 'web', virtual: true, criticality: 'medium' },
      { id: 'MDC-THTR-VM02', apps: ['Surgical audit', 'WHO checklist audit'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Maternity',
    criticality: 'critical',
    servers: [
      { id: 'MDC-MAT-APP01', apps: ['Maternity information system', 'Antenatal booking'], size: 'M', role: 'app' },
      { id: 'MDC-MAT-DB01', apps: ['Maternity database'], size: 'M', role: 'db' },
      { id: 'WCR-B-CTG01', apps: ['CTG central monitoring station', 'Fetal monitoring archive'], size: 'T', role: 'appliance', site: COMMS_B,
        notVirtualisable: 'Medical device: the CTG central station is certified only on the vendor-supplied hardware' },
      { id: 'MDC-NEO-APP01', apps: ['Neonatal unit system', 'Neonatal data returns (Badger)'], size: 'M', role: 'app' },
      { id: 'WCR-B-BABY01', apps: ['Baby tagging security system', 'Maternity door access'], size: 'T', role: 'app', site: COMMS_B },
      { id: 'MDC-MAT-APP02', apps: ['Maternity services data set (MSDS) submissions', 'Maternity dashboard'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-MAT-VM01', apps: ['Birth rate plus acuity tool'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
      { id: 'MDC-MAT-TST01', apps: ['Maternity information system'], size: 'S', role: 'app', environment: 'test', criticality: 'low' },
    ],
  },
  {
    service: 'Finance',
    criticality: 'medium',
    servers: [
      { id: 'MDC-FIN-APP01', apps: ['General ledger', 'Accounts payable', 'Accounts receivable'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-FIN-APP02', apps: ['Purchase to pay (P2P)', 'Requisitioning'], size: 'M', role: 'app' },
      { id: 'MDC-FIN-DB01', apps: ['Finance database'], size: 'M', role: 'db', criticality: 'high' },
      { id: 'MDC-COST-APP01', apps: ['Patient-level costing (PLICS)', 'National cost collection'], size: 'L', role: 'app' },
      { id: 'MDC-BUDG-APP01', apps: ['Budget setting', 'Financial reporting', 'SQL Server Reporting Services'], size: 'S', role: 'app' },
      { id: 'MDC-PRCH-APP01', apps: ['Procurement catalogue', 'Contract register'], size: 'S', role: 'app', criticality: 'low' },
      { id: 'MDC-INV-APP01', apps: ['Invoice scanning (OCR)', 'E-invoicing', 'Kofax Capture 10'], size: 'S', role: 'app' },
      { id: 'MDC-FIN-VM01', apps: ['Petty cash', 'Fixed asset register'], size: 'S', role: 'app', virtual: true, criticality: 'low' },
      { id: 'MDC-FIN-VM02', apps: ['Cash management', 'Private patients billing'], size: 'S', role: 'app', virtual: true },
      { id: 'MDC-FIN-VM03', apps: ['Salary sacrifice schemes', 'Car lease scheme'], size: 'S', role: 'app', virtual: true, criticality: 'low' },
      { id: 'MDC-FIN-TST01', apps: ['General ledger'], size: 'S', role: 'app', environment: 'test', criticality: 'low' },
    ],
  },
  {
    service: 'HR',
    criticality: 'medium',
    servers: [
      { id: 'MDC-ROST-APP01', apps: ['E-rostering', 'Bank and agency staffing'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-ROST-DB01', apps: ['E-rostering database'], size: 'M', role: 'db', criticality: 'high' },
      { id: 'MDC-ESR-INT01', apps: ['ESR interface', 'Starters and leavers feed'], size: 'S', role: 'app' },
      { id: 'MDC-TIME-APP01', apps: ['Time and attendance', 'Door access (staff)'], size: 'S', role: 'app' },
      { id: 'MDC-LMS-APP01', apps: ['Learning management system', 'Statutory and mandatory training'], size: 'M', role: 'web' },
      { id: 'MDC-OCCH-APP01', apps: ['Occupational health', 'Staff vaccination records'], size: 'S', role: 'app' },
      { id: 'MDC-RECR-APP01', apps: ['Recruitment tracking', 'Job planning', 'SQL Server Reporting Services'], size: 'S', role: 'app', criticality: 'low' },
      { id: 'MDC-HR-VM01', apps: ['Appraisals', 'Medical revalidation'], size: 'S', role: 'app', virtual: true, criticality: 'low' },
      { id: 'MDC-HR-VM02', apps: ['Staff survey portal'], size: 'S', role: 'web', virtual: true, criticality: 'low' },
      { id: 'MDC-HR-VM03', apps: ['Employee relations case log', 'Freedom to speak up log'], size: 'S', role: 'app', virtual: true },
    ],
  },
  {
    service: 'Email, file and print',
    criticality: 'high',
    servers: [
      { id: 'MDC-EXCH-MBX01', apps: ['Exchange hybrid mailbox', 'Shared mailboxes'], size: 'L', role: 'app', antiAffinity: 'exchange-dag' },
      { id: 'MDC-EXCH-MBX02', apps: ['Exchange hybrid mailbox', 'Journaling'], size: 'L', role: 'app', antiAffinity: 'exchange-dag' },
      { id: 'SS-EXCH-MBX03', apps: ['Exchange hybrid mailbox'], size: 'L', role: 'app', site: SECOND, antiAffinity: 'exchange-dag' },
      { id: 'MDC-SMTP-RLY01', apps: ['SMTP relay (applications)', 'NHSmail relay connector'], size: 'S', role: 'infra' },
      ...farm('MDC-FS-', 4, { apps: ['Departmental file shares', 'Home drives'], size: 'XL', role: 'file' }),
      { id: 'SS-FS-05', apps: ['DFS replica (second site)'], size: 'XL', role: 'file', site: SECOND },
      { id: 'MDC-PRT-01', apps: ['Print server (main hospital)', 'Follow-me printing'], size: 'M', role: 'infra' },
      { id: 'MDC-PRT-02', apps: ['Print server (main hospital)', 'Print accounting'], size: 'M', role: 'infra' },
      { id: 'SS-PRT-03', apps: ['Print server (second site)'], size: 'S', role: 'infra', site: SECOND },
      { id: 'WCR-C-PRT04', apps: ['Print server (outpatients)'], size: 'T', role: 'infra', site: COMMS_C, criticality: 'medium' },
      { id: 'MDC-FAX-APP01', apps: ['Fax server', 'Secure email gateway for GP letters'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-ARCH-APP01', apps: ['Email archive', 'Legal hold'], size: 'L', role: 'archive', criticality: 'medium' },
      { id: 'MDC-SCAN-VM01', apps: ['Scan to email', 'MFD management'], size: 'S', role: 'infra', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Domain controllers',
    criticality: 'critical',
    servers: [
      { id: 'MDC-DC-01', apps: ['Active Directory', 'DNS', 'DHCP'], size: 'S', role: 'infra', antiAffinity: 'ad-dc' },
      { id: 'MDC-DC-02', apps: ['Active Directory', 'DNS', 'DHCP failover'], size: 'S', role: 'infra', antiAffinity: 'ad-dc' },
      { id: 'MDC-DC-03', apps: ['Active Directory', 'DNS', 'Certificate authority (issuing)'], size: 'S', role: 'infra', antiAffinity: 'ad-dc' },
      { id: 'SS-DC-04', apps: ['Active Directory', 'DNS'], size: 'S', role: 'infra', site: SECOND, antiAffinity: 'ad-dc' },
      { id: 'SS-DC-05', apps: ['Active Directory', 'DNS', 'DHCP'], size: 'S', role: 'infra', site: SECOND, antiAffinity: 'ad-dc' },
      { id: 'MDC-ADFS-01', apps: ['AD federation services', 'Azure AD Connect'], size: 'S', role: 'infra', criticality: 'high' },
      { id: 'MDC-NPS-01', apps: ['RADIUS (Wi-Fi authentication)', 'Network policy server'], size: 'S', role: 'infra' },
      { id: 'MDC-CA-ROOT01', apps: ['Offline root certificate authority'], size: 'S', role: 'infra', criticality: 'high', virtual: true },
    ],
  },
  {
    service: 'SQL clusters',
    criticality: 'critical',
    servers: [
      ...farm('MDC-SQLC-N', 3, { apps: ['SQL cluster (clinical)', 'Clinical reporting databases'], size: 'L', role: 'db', antiAffinity: 'sql-clinical' }),
      ...farm('MDC-SQLE-N', 2, { apps: ['SQL cluster (EPR)', 'EPR database'], size: 'XL', role: 'db', antiAffinity: 'sql-epr' }),
      { id: 'SS-SQLE-N03', apps: ['SQL cluster (EPR)', 'EPR log shipping target'], size: 'XL', role: 'db', site: SECOND, antiAffinity: 'sql-epr' },
      ...farm('MDC-SQLB-N', 2, { apps: ['SQL cluster (corporate)', 'Corporate databases'], size: 'L', role: 'db', antiAffinity: 'sql-corporate', criticality: 'high' }),
      { id: 'MDC-SQL-DW01', apps: ['Data warehouse', 'SQL Server Analysis Services'], size: 'XL', role: 'db', criticality: 'high' },
      { id: 'MDC-SQL-RS01', apps: ['SQL Server Reporting Services', 'Board reporting pack'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-SQL-ETL01', apps: ['SUS extracts', 'ETL (SSIS) jobs'], size: 'L', role: 'app', criticality: 'high' },
      { id: 'MDC-SQL-DEV01', apps: ['SQL development instances'], size: 'M', role: 'db', environment: 'development', criticality: 'low' },
      { id: 'MDC-SQL-TST01', apps: ['SQL test instances'], size: 'M', role: 'db', environment: 'test', criticality: 'low' },
      { id: 'MDC-SQL-VM01', apps: ['SQL monitoring', 'Database backup verification'], size: 'S', role: 'infra', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Backup',
    criticality: 'high',
    servers: [
      { id: 'MDC-BKP-MED01', apps: ['Backup media server', 'Deduplication store'], size: 'XL', role: 'backup' },
      { id: 'MDC-BKP-MED02', apps: ['Backup media server', 'Backup catalogue'], size: 'XL', role: 'backup' },
      { id: 'SS-BKP-MED03', apps: ['Backup media server (offsite copy)', 'Immutable backup copy'], size: 'XL', role: 'backup', site: SECOND },
      { id: 'MDC-BKP-TAPE01', apps: ['Tape library controller', 'Tape vaulting'], size: 'M', role: 'appliance',
        notVirtualisable: 'Direct SAS-attached LTO tape library; the controller needs the physical HBA' },
      { id: 'MDC-BKP-MGT01', apps: ['Backup management console', 'Backup reporting'], size: 'S', role: 'infra' },
      { id: 'MDC-BKP-PRX01', apps: ['Backup proxy (VMs)'], size: 'M', role: 'infra' },
      { id: 'MDC-BKP-PRX02', apps: ['Backup proxy (physical agents)'], size: 'M', role: 'infra' },
      { id: 'MDC-BKP-VM01', apps: ['Backup restore testing'], size: 'S', role: 'infra', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Intranet',
    criticality: 'low',
    servers: [
      { id: 'MDC-INTR-WEB01', apps: ['Intranet', 'Staff directory'], size: 'M', role: 'web', criticality: 'medium' },
      { id: 'MDC-INTR-WEB02', apps: ['Intranet', 'Policies and procedures library'], size: 'M', role: 'web', criticality: 'medium' },
      { id: 'MDC-SHPT-APP01', apps: ['SharePoint (on-premises)', 'Team sites'], size: 'L', role: 'app', criticality: 'medium' },
      { id: 'MDC-SRCH-APP01', apps: ['Enterprise search'], size: 'M', role: 'app' },
      { id: 'MDC-WEB-DMZ01', apps: ['Public website', 'Patient information leaflets'], size: 'S', role: 'web', criticality: 'medium' },
      { id: 'MDC-INTR-VM01', apps: ['Staff news', 'Room booking'], size: 'S', role: 'web', virtual: true },
      { id: 'MDC-INTR-VM02', apps: ['Car parking permits', 'Lost property'], size: 'S', role: 'web', virtual: true },
      { id: 'MDC-INTR-VM03', apps: ['Charity fundraising site', 'Volunteer portal'], size: 'S', role: 'web', virtual: true },
    ],
  },
  {
    service: 'Infrastructure management',
    criticality: 'high',
    servers: [
      { id: 'MDC-SCCM-01', apps: ['Configuration Manager (SCCM)', 'Windows patching (WSUS)'], size: 'L', role: 'infra' },
      { id: 'SS-SCCM-DP02', apps: ['SCCM distribution point'], size: 'M', role: 'file', site: SECOND },
      { id: 'MDC-AV-01', apps: ['Endpoint protection management', 'Device encryption management'], size: 'M', role: 'infra' },
      { id: 'MDC-MON-01', apps: ['Infrastructure monitoring', 'Network monitoring', 'Syslog collector'], size: 'M', role: 'infra' },
      { id: 'MDC-SIEM-01', apps: ['Security event log (SIEM) collector', 'Cyber alert forwarding (CSOC)'], size: 'L', role: 'infra' },
      { id: 'MDC-ITSM-01', apps: ['IT service desk', 'Asset register (CMDB)'], size: 'M', role: 'app', criticality: 'medium' },
      { id: 'MDC-VCTR-01', apps: ['vCenter Server (legacy cluster)'], size: 'M', role: 'infra', virtual: true },
      { id: 'MDC-RDS-01', apps: ['Remote desktop gateway', 'Remote access for suppliers'], size: 'M', role: 'infra' },
      { id: 'MDC-RDS-02', apps: ['Remote desktop session hosts'], size: 'L', role: 'app' },
      { id: 'MDC-CTX-01', apps: ['Citrix delivery controller', 'Citrix StoreFront'], size: 'M', role: 'infra', criticality: 'critical' },
      ...farm('MDC-CTX-VDA', 3, { apps: ['Citrix published clinical apps'], size: 'L', role: 'app', criticality: 'critical' }),
      { id: 'MDC-KMS-01', apps: ['Key management service (licensing)', 'Time server (NTP)'], size: 'S', role: 'infra', virtual: true },
      { id: 'MDC-PKI-VM01', apps: ['Smartcard registration authority', 'NHS Identity agent'], size: 'S', role: 'infra', virtual: true, criticality: 'critical' },
      { id: 'MDC-MDM-01', apps: ['Mobile device management', 'Clinical smartphone enrolment'], size: 'S', role: 'infra', virtual: true },
      { id: 'MDC-NAC-01', apps: ['Network access control', 'Guest Wi-Fi portal'], size: 'M', role: 'infra' },
      { id: 'MDC-DEV-TST01', apps: ['Infrastructure test lab'], size: 'M', role: 'app', environment: 'development', criticality: 'low' },
    ],
  },
  {
    service: 'Information and BI',
    criticality: 'medium',
    servers: [
      { id: 'MDC-BI-APP01', apps: ['BI dashboards', 'Integrated performance report'], size: 'L', role: 'app', criticality: 'high' },
      { id: 'MDC-BI-APP02', apps: ['Self-service analytics', 'Statistical process control charts'], size: 'M', role: 'app' },
      { id: 'MDC-BI-GW01', apps: ['BI data gateway'], size: 'S', role: 'infra' },
      { id: 'MDC-SUS-APP01', apps: ['SUS+ reconciliation', 'Data quality dashboards'], size: 'M', role: 'app' },
      { id: 'MDC-SITREP-01', apps: ['Daily sitrep submissions', 'Cancer waiting times'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-BI-VM01', apps: ['Freedom of information log', 'Subject access requests'], size: 'S', role: 'app', virtual: true, criticality: 'low' },
      { id: 'MDC-BI-VM02', apps: ['Clinical audit database', 'Mortality review'], size: 'S', role: 'app', virtual: true },
      { id: 'MDC-BI-VM03', apps: ['Incident reporting (Datix)', 'Complaints and PALS'], size: 'S', role: 'app', virtual: true, criticality: 'high' },
    ],
  },
  {
    service: 'Outpatients and community',
    criticality: 'high',
    servers: [
      { id: 'MDC-OPD-APP02', apps: ['Outpatient booking', 'Appointment reminders (SMS)'], size: 'M', role: 'app' },
      { id: 'MDC-EREF-INT01', apps: ['e-Referral service interface', 'Advice and guidance'], size: 'S', role: 'app' },
      { id: 'MDC-VIRT-APP01', apps: ['Video consultations gateway', 'Patient portal'], size: 'M', role: 'web' },
      { id: 'MDC-COMM-APP01', apps: ['Community nursing system', 'Mobile working sync'], size: 'M', role: 'app' },
      { id: 'MDC-THER-APP01', apps: ['Therapies (physio and OT) system', 'Wheelchair services'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-AUD-APP01', apps: ['Audiology system', 'Hearing aid repairs'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-OPTH-APP01', apps: ['Ophthalmology EPR', 'Retinal imaging store'], size: 'L', role: 'app' },
      { id: 'MDC-DERM-APP01', apps: ['Teledermatology'], size: 'S', role: 'app', criticality: 'medium' },
      { id: 'MDC-CANC-APP01', apps: ['Cancer MDT system', 'Cancer registry returns'], size: 'M', role: 'app', criticality: 'critical' },
      { id: 'MDC-RENL-APP01', apps: ['Renal dialysis system', 'Renal registry returns'], size: 'M', role: 'app', criticality: 'critical' },
      { id: 'MDC-DIAB-APP01', apps: ['Diabetes eye screening', 'Diabetes register'], size: 'S', role: 'app' },
      { id: 'MDC-OPD-VM01', apps: ['Outpatient letters tracker', 'Clinic utilisation'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
      { id: 'MDC-OPD-VM02', apps: ['Interpreter booking', 'Patient transport booking'], size: 'S', role: 'app', virtual: true, criticality: 'medium' },
    ],
  },
  {
    service: 'Estates and facilities',
    criticality: 'medium',
    servers: [
      { id: 'MDC-BMS-01', apps: ['Building management system (BMS)', 'Energy metering'], size: 'T', role: 'appliance', criticality: 'high',
        notVirtualisable: 'Building management system: vendor appliance with BACnet and serial interface cards' },
      { id: 'MDC-CCTV-01', apps: ['CCTV video management', 'Body-worn camera uploads'], size: 'XL', role: 'archive', criticality: 'high' },
      { id: 'MDC-CAFM-01', apps: ['Estates helpdesk (CAFM)', 'Planned preventive maintenance'], size: 'S', role: 'app' },
      { id: 'MDC-MEDE-01', apps: ['Medical equipment asset register', 'Equipment library'], size: 'S', role: 'app', criticality: 'high' },
      { id: 'MDC-CAT-01', apps: ['Catering system', 'Retail tills back office'], size: 'S', role: 'app', criticality: 'low' },
      { id: 'MDC-TEL-01', apps: ['Telephony call manager', 'Switchboard console'], size: 'M', role: 'app', criticality: 'critical' },
      { id: 'MDC-TEL-02', apps: ['Call recording', 'Voicemail'], size: 'M', role: 'app', criticality: 'high' },
      { id: 'MDC-PAGE-01', apps: ['Crash call and bleep system', 'Major incident paging'], size: 'S', role: 'app', criticality: 'critical' },
      { id: 'MDC-EST-VM01', apps: ['Waste tracking', 'Linen management'], size: 'S', role: 'app', virtual: true, criticality: 'low' },
      { id: 'MDC-EST-VM02', apps: ['Fire alarm event log', 'Security incident log'], size: 'S', role: 'app', virtual: true },
    ],
  },
];
