import { useTranslation } from 'react-i18next';
import { MAP_STAGES } from '../../shared/maps/mapTypes.ts';
import { fieldLabel, fieldValue } from './fieldWords.ts';
import type { VersionContent } from './historyApi.ts';

type Entry = Record<string, unknown>;

/** An item's facts beside its name, in the list view's order. */
const FIELDS = ['kind', 'method', 'status', 'description', 'involved', 'groups', 'owner', 'startDate', 'endDate'];

const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (typeof value === 'object' && Object.keys(value).length === 0);

/** A process map as it was, as an outline: its items grouped by stage, each with its facts and where it leads. */
export function MapVersion({ content }: { content: VersionContent }) {
  const { t } = useTranslation();
  const nodes = Object.entries((content.nodes ?? {}) as Record<string, Entry>).map(([id, node]): Entry & { id: string } => ({ ...node, id }));
  const edges = Object.values((content.edges ?? {}) as Record<string, Entry>);
  if (nodes.length === 0) return <p>{t('history.view.empty')}</p>;
  const name = (node: Entry | undefined) => (typeof node?.label === 'string' && node.label ? node.label : t('history.compare.untitled'));
  const byId = new Map(nodes.map((node) => [node.id, node]));
  return (
    <>
      {MAP_STAGES.map((stage) => {
        // Top to bottom as on the canvas's lane, then left to right.
        const inStage = nodes.filter((node) => node.stage === stage).sort((a, b) => Number(a.y ?? 0) - Number(b.y ?? 0) || Number(a.x ?? 0) - Number(b.x ?? 0));
        return (
          <section key={stage} aria-labelledby={`version-stage-${stage}`}>
            <h3 id={`version-stage-${stage}`}>{t(`maps.stages.${stage}`)}</h3>
            {inStage.length === 0 ? (
              <p>{t('history.view.stageEmpty')}</p>
            ) : (
              <ul className="version-map-items">
                {inStage.map((node) => {
                  const leadsTo = edges.filter((edge) => edge.source === node.id && byId.has(String(edge.target)));
                  return (
                    <li key={node.id}>
                      <h4>{name(node)}</h4>
                      <dl className="version-facts">
                        {FIELDS.filter((field) => !isEmpty(node[field])).map((field) => (
                          <div key={field}>
                            <dt>{fieldLabel(t, 'node', field)}</dt>
                            <dd>{fieldValue(t, 'node', field, node[field])}</dd>
                          </div>
                        ))}
                        {leadsTo.length > 0 ? (
                          <div>
                            <dt>{t('history.view.connections')}</dt>
                            <dd>{leadsTo.map((edge) => `${name(byId.get(String(edge.target)))}${edge.label ? ` (${String(edge.label)})` : ''}`).join(', ')}</dd>
                          </div>
                        ) : null}
                      </dl>
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
