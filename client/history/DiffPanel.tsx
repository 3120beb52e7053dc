import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ArtefactKind } from '../../shared/access.ts';
import { apiErrorMessage } from '../ui/errorMessages.ts';
import { EntryChanges } from './EntryChanges.tsx';
import { diffVersions, getVersion, type EntryChange, type VersionContent, type VersionDiff } from './historyApi.ts';
import { TextDiff } from './TextDiff.tsx';
import { useLoad } from './useLoad.ts';

interface Compared {
  diff: VersionDiff;
  /** Maps: both versions' content, to name a connection's ends. */
  contents: VersionContent[];
}

type Entries = Record<string, Record<string, unknown>>;
const entriesOf = (content: VersionContent | undefined, root: string): Entries => (content?.[root] ?? {}) as Entries;

/** A map's item names and connections across both versions (a removed item is only in the older one). */
function mapNames(contents: VersionContent[]) {
  const nodes: Entries = Object.assign({}, ...contents.map((content) => entriesOf(content, 'nodes')));
  const edges: Entries = Object.assign({}, ...contents.map((content) => entriesOf(content, 'edges')));
  const nameOf = (id: string) => {
    const label = nodes[id]?.label;
    return typeof label === 'string' && label ? label : null;
  };
  const describe = (change: EntryChange) => {
    const edge = edges[change.id];
    if (!edge) return null;
    return `${nameOf(String(edge.source)) ?? '?'} → ${nameOf(String(edge.target)) ?? '?'}`;
  };
  return { nameOf, describe };
}

/** What changed from one version to another; its heading takes focus when it arrives, so the result is read out. */
export function DiffPanel({ artefactId, kind, from, to }: { artefactId: string; kind: ArtefactKind; from: number; to: number }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const load = useLoad<Compared>(`${artefactId}/${from}/${to}`, async () => {
    const [{ diff }, ...versions] = await Promise.all([
      diffVersions(artefactId, from, to),
      ...(kind === 'map' ? [getVersion(artefactId, from), getVersion(artefactId, to)] : []),
    ]);
    return { diff, contents: versions.map((version) => version.content) };
  });

  useEffect(() => {
    heading.current?.focus();
  }, [from, to]);

  return (
    <section className="history__section history__result" aria-labelledby="diff-heading">
      <h2 id="diff-heading" ref={heading} tabIndex={-1}>
        {t('history.compare.result', { from, to })}
      </h2>
      <div aria-busy={load.state === 'loading'}>
        {load.state === 'loading' ? <p className="loading">{t('loading')}</p> : null}
        {load.state === 'failed' ? <p className="notice notice--error">{apiErrorMessage(t, load.error)}</p> : null}
        {load.state === 'loaded' ? <DiffBody compared={load.value} /> : null}
      </div>
    </section>
  );
}

function DiffBody({ compared: { diff, contents } }: { compared: Compared }) {
  const { t } = useTranslation();
  if (diff.kind === 'specification' && diff.welsh) {
    // A specification with a Welsh text: each language's words under its own heading.
    return (
      <>
        <h3>{t('bilingual.specification.englishColumn')}</h3>
        <TextDiff parts={diff.text} />
        <h3>{t('bilingual.specification.welshColumn')}</h3>
        <TextDiff parts={diff.welsh} />
      </>
    );
  }
  if (diff.kind === 'specification') return <TextDiff parts={diff.text} />;
  if (diff.kind === 'outcomes') {
    return diff.outcomes.length === 0 ? <p>{t('history.compare.noChanges')}</p> : <EntryChanges entry="outcome" changes={diff.outcomes} level={3} />;
  }
  if (diff.nodes.length === 0 && diff.edges.length === 0) return <p>{t('history.compare.noChanges')}</p>;
  const { nameOf, describe } = mapNames(contents);
  return (
    <>
      <h3>{t('history.compare.nodes')}</h3>
      <EntryChanges entry="node" changes={diff.nodes} level={4} />
      <h3>{t('history.compare.edges')}</h3>
      <EntryChanges entry="edge" changes={diff.edges} level={4} describe={describe} nameOf={nameOf} />
    </>
  );
}
