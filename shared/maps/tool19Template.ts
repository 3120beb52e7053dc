import { NODE_HEIGHT, LANE_TOP, laneX, type InvolvedRole, type MapStage, type MethodKind, type NodeKind } from './mapTypes.ts';
import { NODE_GAP } from './mapLayout.ts';

/**
 * The toolkit's Involvement Process Map (Tool 19) as a starting map: its three
 * stages, with example people, methods, a decision and a "you said, we did"
 * loop, in English and Welsh. Ids are fixed so that two people starting from
 * it at once write the same entries instead of two copies.
 */
export type TemplateLanguage = 'en' | 'cy';
type Bilingual = Record<TemplateLanguage, string>;

export interface TemplateNode {
  id: string;
  stage: MapStage;
  kind: NodeKind;
  method?: MethodKind;
  involved: InvolvedRole[];
  label: Bilingual;
  description: Bilingual;
  groups?: Bilingual;
  owner?: Bilingual;
}

export interface TemplateEdge {
  id: string;
  source: string;
  target: string;
  label?: Bilingual;
}

const commissioningTeam: Bilingual = { en: 'Commissioning team', cy: 'Tîm comisiynu' };
const takePart: Bilingual = { en: 'take part', cy: 'yn cymryd rhan' };

/** Each lane's nodes, top to bottom. */
export const TOOL19_NODES: readonly TemplateNode[] = [
  {
    id: 'tool19-define', stage: 'define', kind: 'stage', involved: [],
    label: { en: 'Set out and define purpose', cy: "Pennu a diffinio'r diben" },
    description: {
      en: 'Agree why home care is changing, who it is for and what a good life at home means to people.',
      cy: "Cytuno pam mae gofal cartref yn newid, ar gyfer pwy y mae, a beth mae bywyd da gartref yn ei olygu i bobl.",
    },
  },
  {
    id: 'tool19-people', stage: 'define', kind: 'stakeholder', involved: ['service_user', 'carer'],
    label: { en: 'People who receive care at home, and their carers', cy: "Pobl sy'n cael gofal gartref, a'u gofalwyr" },
    description: {
      en: 'Reach people who are seldom heard, as well as groups that already meet.',
      cy: "Cyrraedd pobl na chlywir eu llais yn aml, yn ogystal â grwpiau sydd eisoes yn cwrdd.",
    },
    groups: { en: "Older people's forum; carers' centre", cy: 'Fforwm pobl hŷn; canolfan gofalwyr' },
  },
  {
    id: 'tool19-what-matters', stage: 'define', kind: 'method', method: 'workshop', involved: ['service_user', 'carer', 'commissioner'],
    label: { en: 'Workshop: what matters to you', cy: "Gweithdy: beth sy'n bwysig i chi" },
    description: {
      en: 'Talk in small groups about what helps people live the life they want at home.',
      cy: "Sgwrsio mewn grwpiau bach am yr hyn sy'n helpu pobl i fyw'r bywyd maen nhw ei eisiau gartref.",
    },
  },
  {
    id: 'tool19-survey', stage: 'define', kind: 'method', method: 'survey', involved: ['service_user', 'carer', 'citizen'],
    label: { en: 'Survey of people using home care', cy: "Arolwg o bobl sy'n defnyddio gofal cartref" },
    description: { en: 'On paper, online and by phone, in English and Welsh.', cy: 'Ar bapur, ar-lein a dros y ffôn, yn Gymraeg ac yn Saesneg.' },
  },
  {
    id: 'tool19-outcomes', stage: 'define', kind: 'activity', involved: ['commissioner', 'service_user', 'carer'],
    label: { en: 'Agree the outcomes the service will work towards', cy: 'Cytuno ar y canlyniadau y bydd y gwasanaeth yn gweithio tuag atynt' },
    description: {
      en: "Write them in people's own words in the outcome framework.",
      cy: 'Eu hysgrifennu yng ngeiriau pobl eu hunain yn y fframwaith canlyniadau.',
    },
    owner: commissioningTeam,
  },
  {
    id: 'tool19-design', stage: 'design', kind: 'stage', involved: [],
    label: { en: 'Design and test', cy: 'Dylunio a phrofi' },
    description: {
      en: 'Shape the new way of working with the people who will use it and deliver it, and try it out on a small scale.',
      cy: "Llunio'r ffordd newydd o weithio gyda'r bobl a fydd yn ei defnyddio ac yn ei darparu, a rhoi cynnig arni ar raddfa fach.",
    },
  },
  {
    id: 'tool19-providers', stage: 'design', kind: 'stakeholder', involved: ['provider'],
    label: { en: 'Home care providers and their staff', cy: "Darparwyr gofal cartref a'u staff" },
    description: { en: 'Care workers know what helps on a visit and what gets in the way.', cy: "Mae gweithwyr gofal yn gwybod beth sy'n helpu ar ymweliad a beth sy'n rhwystro." },
  },
  {
    id: 'tool19-focus-group', stage: 'design', kind: 'method', method: 'focus_group', involved: ['service_user', 'carer', 'provider', 'commissioner'],
    label: { en: 'Focus group on the draft specification', cy: 'Grŵp ffocws ar y fanyleb ddrafft' },
    description: { en: 'Go through the draft together and note what should change.', cy: "Mynd drwy'r drafft gyda'n gilydd a nodi beth ddylai newid." },
  },
  {
    id: 'tool19-pilot', stage: 'design', kind: 'activity', involved: ['provider', 'service_user', 'commissioner'],
    label: { en: 'Test the new model in one area', cy: "Profi'r model newydd mewn un ardal" },
    description: { en: 'Agree beforehand how you will know whether it works.', cy: "Cytuno ymlaen llaw sut byddwch chi'n gwybod a yw'n gweithio." },
  },
  {
    id: 'tool19-decision', stage: 'design', kind: 'decision', involved: ['commissioner'],
    label: { en: 'Is the model ready to go ahead?', cy: "Ydy'r model yn barod i fynd yn ei flaen?" },
    description: {
      en: 'Decide with the people who took part, using what the test showed.',
      cy: "Penderfynu gyda'r bobl a gymerodd ran, ar sail yr hyn a ddangosodd y prawf.",
    },
    owner: commissioningTeam,
  },
  {
    id: 'tool19-implement', stage: 'implement', kind: 'stage', involved: [],
    label: { en: 'Action or implementation', cy: 'Gweithredu neu roi ar waith' },
    description: {
      en: 'Put the new service in place, keep people involved and keep learning.',
      cy: "Rhoi'r gwasanaeth newydd ar waith, cadw pobl yn rhan ohono a pharhau i ddysgu.",
    },
  },
  {
    id: 'tool19-launch', stage: 'implement', kind: 'activity', involved: ['commissioner', 'provider'],
    label: { en: 'Put the new service in place', cy: "Rhoi'r gwasanaeth newydd ar waith" },
    description: { en: 'Tell people what will change for them, and when, before it happens.', cy: "Dweud wrth bobl beth fydd yn newid iddyn nhw, a phryd, cyn iddo ddigwydd." },
  },
  {
    id: 'tool19-drop-in', stage: 'implement', kind: 'method', method: 'drop_in', involved: ['service_user', 'carer', 'citizen', 'provider'],
    label: { en: 'Drop-in sessions for people and families', cy: 'Sesiynau galw heibio i bobl a theuluoedd' },
    description: {
      en: 'Ask how the change is going for them, somewhere local and easy to reach.',
      cy: "Gofyn sut mae'r newid yn mynd iddyn nhw, mewn lle lleol sy'n hawdd ei gyrraedd.",
    },
  },
  {
    id: 'tool19-you-said', stage: 'implement', kind: 'feedback', involved: ['commissioner', 'service_user', 'carer', 'provider', 'citizen'],
    label: { en: 'You said, we did', cy: 'Dywedoch chi, gwnaethon ni' },
    description: {
      en: 'Tell everyone who took part what changed because of what they said, and what did not and why.',
      cy: "Dweud wrth bawb a gymerodd ran beth a newidiodd oherwydd yr hyn a ddywedon nhw, a beth na newidiodd a pham.",
    },
    owner: commissioningTeam,
  },
];

export const TOOL19_EDGES: readonly TemplateEdge[] = [
  { id: 'tool19-edge-people-workshop', source: 'tool19-people', target: 'tool19-what-matters', label: takePart },
  { id: 'tool19-edge-people-survey', source: 'tool19-people', target: 'tool19-survey', label: { en: 'answer', cy: 'yn ateb' } },
  { id: 'tool19-edge-workshop-outcomes', source: 'tool19-what-matters', target: 'tool19-outcomes' },
  { id: 'tool19-edge-survey-outcomes', source: 'tool19-survey', target: 'tool19-outcomes' },
  { id: 'tool19-edge-outcomes-focus', source: 'tool19-outcomes', target: 'tool19-focus-group', label: { en: 'draft specification', cy: 'manyleb ddrafft' } },
  { id: 'tool19-edge-providers-focus', source: 'tool19-providers', target: 'tool19-focus-group', label: takePart },
  { id: 'tool19-edge-focus-pilot', source: 'tool19-focus-group', target: 'tool19-pilot' },
  { id: 'tool19-edge-pilot-decision', source: 'tool19-pilot', target: 'tool19-decision' },
  { id: 'tool19-edge-decision-launch', source: 'tool19-decision', target: 'tool19-launch', label: { en: 'yes', cy: 'ydy' } },
  { id: 'tool19-edge-decision-focus', source: 'tool19-decision', target: 'tool19-focus-group', label: { en: 'not yet', cy: 'ddim eto' } },
  { id: 'tool19-edge-launch-dropin', source: 'tool19-launch', target: 'tool19-drop-in' },
  { id: 'tool19-edge-dropin-feedback', source: 'tool19-drop-in', target: 'tool19-you-said' },
  { id: 'tool19-edge-feedback-workshop', source: 'tool19-you-said', target: 'tool19-what-matters', label: { en: 'back to the start', cy: "yn ôl i'r dechrau" } },
];

/** Where a template node sits: its lane, stacked in the order above. */
export function templatePosition(node: TemplateNode): { x: number; y: number } {
  const index = TOOL19_NODES.filter((n) => n.stage === node.stage).indexOf(node);
  return { x: laneX(node.stage), y: LANE_TOP + index * (NODE_HEIGHT + NODE_GAP) };
}
