import type { CommissioningModel } from '../schemas/workspace.ts';
import type { NewOutcome } from './outcomeDoc.ts';

export type ExampleLanguage = 'en' | 'cy';

type Bilingual = { en: string; cy: string };
interface ExampleOutcome {
  statement: Bilingual;
  note: Bilingual;
  level: NewOutcome['level'];
  aspects: NonNullable<NewOutcome['aspects']>;
  indicator: { measure: Bilingual; target: Bilingual; source: Bilingual; frequency: 'monthly' | 'quarterly' | 'at_review' | 'annually' };
  /** Model 2 only: an even starting split people will change. */
  paymentShare?: number;
}

/**
 * Starting points drawn from the toolkit's examples (Tools 3, 17 and 22): what
 * matters in people's own words. Offered when a framework is empty; people
 * then make them their own.
 */
const INDIVIDUAL: ExampleOutcome[] = [
  {
    statement: { en: 'I can get out to the shops when I want to', cy: 'Gallaf fynd allan i’r siopau pan fyddaf eisiau' },
    note: { en: 'Getting out, not just being visited', cy: 'Mynd allan, nid dim ond cael ymweliad' },
    level: 'individual',
    aspects: ['control', 'relationships'],
    indicator: {
      measure: { en: 'Times a month the person went out as they wished', cy: 'Sawl gwaith y mis yr aeth yr unigolyn allan fel y dymunai' },
      target: { en: 'As agreed in the care plan', cy: 'Fel y cytunwyd yn y cynllun gofal' },
      source: { en: 'Care plan review conversation', cy: 'Sgwrs adolygu’r cynllun gofal' },
      frequency: 'at_review',
    },
    paymentShare: 35,
  },
  {
    statement: { en: 'I get up and dressed at a time that suits me', cy: 'Rwy’n codi ac yn gwisgo ar amser sy’n fy siwtio i' },
    note: { en: 'Visits fit my day, not the rota', cy: 'Mae’r ymweliadau’n ffitio fy niwrnod i, nid y rota' },
    level: 'individual',
    aspects: ['control', 'health'],
    indicator: {
      measure: { en: 'Share of morning visits within the agreed window', cy: 'Cyfran yr ymweliadau bore o fewn yr amser a gytunwyd' },
      target: { en: '95%', cy: '95%' },
      source: { en: 'Provider visit records', cy: 'Cofnodion ymweliadau’r darparwr' },
      frequency: 'monthly',
    },
    paymentShare: 35,
  },
  {
    statement: { en: 'I feel safe in my own home', cy: 'Rwy’n teimlo’n ddiogel yn fy nghartref fy hun' },
    note: { en: '', cy: '' },
    level: 'individual',
    aspects: ['protection', 'accommodation'],
    indicator: {
      measure: { en: 'People who say they feel safe at home', cy: 'Pobl sy’n dweud eu bod yn teimlo’n ddiogel gartref' },
      target: { en: '90%', cy: '90%' },
      source: { en: 'What matters conversation', cy: 'Sgwrs beth sy’n bwysig' },
      frequency: 'quarterly',
    },
    paymentShare: 30,
  },
];

const POPULATION: ExampleOutcome[] = [
  {
    statement: { en: 'Older people in our zone can stay living at home for as long as they wish', cy: 'Gall pobl hŷn yn ein parth aros yn byw gartref cyhyd ag y dymunant' },
    note: { en: 'The community’s outcome, shared by everyone in the zone', cy: 'Canlyniad y gymuned, a rennir gan bawb yn y parth' },
    level: 'population',
    aspects: ['accommodation', 'control'],
    indicator: {
      measure: { en: 'Admissions to residential care from the zone', cy: 'Derbyniadau i ofal preswyl o’r parth' },
      target: { en: 'Down 10% on the baseline year', cy: 'I lawr 10% ar y flwyddyn sylfaen' },
      source: { en: 'Council social care records', cy: 'Cofnodion gofal cymdeithasol y cyngor' },
      frequency: 'annually',
    },
  },
  {
    statement: { en: 'People in our zone are not lonely', cy: 'Nid yw pobl yn ein parth yn unig' },
    note: { en: '', cy: '' },
    level: 'population',
    aspects: ['relationships', 'contribution'],
    indicator: {
      measure: { en: 'People receiving care who say they see people they like as often as they want', cy: 'Pobl sy’n derbyn gofal sy’n dweud eu bod yn gweld pobl y maent yn eu hoffi mor aml ag y dymunant' },
      target: { en: '75%', cy: '75%' },
      source: { en: 'Annual survey', cy: 'Arolwg blynyddol' },
      frequency: 'annually',
    },
  },
];

/** Example outcomes for a workspace's model, in one language. */
export function exampleOutcomes(model: CommissioningModel, language: ExampleLanguage): NewOutcome[] {
  const chosen = model === '3' ? POPULATION : model === 'hybrid' ? [...INDIVIDUAL, ...POPULATION] : INDIVIDUAL;
  return chosen.map((example) => ({
    statement: example.statement[language],
    note: example.note[language],
    level: example.level,
    aspects: [...example.aspects],
    ...(model === '2' && example.paymentShare !== undefined ? { paymentShare: example.paymentShare } : {}),
    indicators: [
      {
        measure: example.indicator.measure[language],
        target: example.indicator.target[language],
        source: example.indicator.source[language],
        frequency: example.indicator.frequency,
      },
    ],
  }));
}
