import type { CommissioningModel } from '../schemas/workspace.ts';

/**
 * Starting text for an empty specification: the sections of the toolkit's
 * Tool 8 as headings, each with a short note on what belongs there. Offered
 * once, when a specification is empty; people then replace the guidance with
 * their own words. Plain ProseMirror JSON (no editor types) so the server and
 * the exporter can read it too.
 */

export type TemplateLanguage = 'en' | 'cy';

type Bilingual = { en: string; cy: string };

/** The subset of ProseMirror's JSON that templates use. */
export interface TemplateNode {
  type: 'doc' | 'heading' | 'paragraph' | 'text';
  attrs?: { level: 2 | 3 };
  content?: TemplateNode[];
  text?: string;
}

interface Section {
  heading: Bilingual;
  guidance: Bilingual;
}

const COMMON: Section[] = [
  {
    heading: { en: 'Identifying the need', cy: 'Nodi’r angen' },
    guidance: {
      en: 'Who the service is for, what matters to them, and what has to change. Keep it proportionate to the size and complexity of the change.',
      cy: 'Ar gyfer pwy mae’r gwasanaeth, beth sy’n bwysig iddyn nhw, a beth sy’n rhaid ei newid. Cadwch hyn yn gymesur â maint a chymhlethdod y newid.',
    },
  },
  {
    heading: { en: 'Gathering the data', cy: 'Casglu’r data' },
    guidance: {
      en: 'What we know about demand, current provision and people’s experience, and where it comes from: population assessments, reviews and what people told us.',
      cy: 'Beth a wyddom am y galw, y ddarpariaeth bresennol a phrofiad pobl, ac o ble y daw: asesiadau poblogaeth, adolygiadau a’r hyn a ddywedodd pobl wrthym.',
    },
  },
  {
    heading: { en: 'The outcomes-based specification and award criteria', cy: 'Y fanyleb sy’n seiliedig ar ganlyniadau a’r meini prawf dyfarnu' },
    guidance: {
      en: 'The outcomes the service is to achieve, from the outcome framework, and how bids will be judged against them.',
      cy: 'Y canlyniadau y mae’r gwasanaeth i’w cyflawni, o’r fframwaith canlyniadau, a sut y caiff cynigion eu barnu yn eu herbyn.',
    },
  },
  {
    heading: { en: 'What the specification should do', cy: 'Beth ddylai’r fanyleb ei wneud' },
    guidance: {
      en: 'Describe what people should experience and leave providers room to decide how; say how outcomes will be measured and reviewed together.',
      cy: 'Disgrifio’r hyn y dylai pobl ei brofi a gadael lle i ddarparwyr benderfynu sut; dweud sut y caiff canlyniadau eu mesur a’u hadolygu gyda’n gilydd.',
    },
  },
  {
    heading: { en: 'What the specification should not do', cy: 'Beth na ddylai’r fanyleb ei wneud' },
    guidance: {
      en: 'Do not over-specify: avoid prescribing tasks, visit lengths or times where an outcome says what matters.',
      cy: 'Peidiwch â gor-nodi: osgowch bennu tasgau, hyd ymweliadau neu amseroedd lle mae canlyniad yn dweud beth sy’n bwysig.',
    },
  },
];

const BY_MODEL: Record<'1' | '2' | '3', Section> = {
  '1': {
    heading: { en: 'Model 1: planning care around outcomes', cy: 'Model 1: cynllunio gofal o amgylch canlyniadau' },
    guidance: {
      en: 'How each person’s outcomes are agreed, planned for and reviewed with them, and how providers may change how support is given within the agreed hours.',
      cy: 'Sut y caiff canlyniadau pob unigolyn eu cytuno, eu cynllunio a’u hadolygu gyda nhw, a sut y gall darparwyr newid sut y rhoddir cymorth o fewn yr oriau a gytunwyd.',
    },
  },
  '2': {
    heading: { en: 'Model 2: rewarding outcomes', cy: 'Model 2: gwobrwyo canlyniadau' },
    guidance: {
      en: 'Which outcomes and satisfaction measures earn payment, the share of payment at stake, and how results are evidenced and checked.',
      cy: 'Pa ganlyniadau a mesurau boddhad sy’n ennill taliad, y gyfran o’r taliad sydd yn y fantol, a sut y caiff canlyniadau eu dangos a’u gwirio.',
    },
  },
  '3': {
    heading: { en: 'Model 3: accountable for a population', cy: 'Model 3: atebol am boblogaeth' },
    guidance: {
      en: 'The area and population each provider is accountable for, the population outcomes they answer for, and how they work with communities and partners.',
      cy: 'Yr ardal a’r boblogaeth y mae pob darparwr yn atebol amdanynt, y canlyniadau poblogaeth y maent yn ateb drostynt, a sut y maent yn gweithio gyda chymunedau a phartneriaid.',
    },
  },
};

const MODEL_SECTIONS: Bilingual = { en: 'Model-specific requirements', cy: 'Gofynion penodol i’r model' };

function heading(text: string, level: 2 | 3): TemplateNode {
  return { type: 'heading', attrs: { level }, content: [{ type: 'text', text }] };
}

function paragraph(text: string): TemplateNode {
  return { type: 'paragraph', content: [{ type: 'text', text }] };
}

/** The models whose own section a workspace needs: a hybrid gets all three. */
export function modelsOf(model: CommissioningModel): Array<'1' | '2' | '3'> {
  return model === 'hybrid' ? ['1', '2', '3'] : [model];
}

/** The Tool 8 template for `model`, in `language`, as a ProseMirror document. */
export function specificationTemplate(model: CommissioningModel, language: TemplateLanguage): TemplateNode {
  const content: TemplateNode[] = [];
  for (const section of COMMON) content.push(heading(section.heading[language], 2), paragraph(section.guidance[language]));
  content.push(heading(MODEL_SECTIONS[language], 2));
  for (const key of modelsOf(model)) {
    const section = BY_MODEL[key];
    content.push(heading(section.heading[language], 3), paragraph(section.guidance[language]));
  }
  return { type: 'doc', content };
}
