import { entityAt, nameWords } from '../../extract/clauses/entities.ts';
import { spanText } from '../../extract/clauses/phrases.ts';
import type { ArticleContext } from '../../extract/context.ts';
import { afterDateline, mentionAtToken } from '../../extract/slots.ts';
import type { Sentence } from '../../extract/text/tokens.ts';

/** References to an organization that may mean the one a paragraph is about, named sentences before. */
export const TOPIC_REFERENCES = new Set(['alliance', 'organization', 'organisation', 'pact', 'bloc']);

/**
 * "The Warsaw Treaty Organization did not long survive 1989. … [three sentences on] … signed a protocol formally
 * dissolving the alliance": the organization the paragraph opened with, named in its first sentence before `end`.
 */
export function paragraphTopic(ctx: ArticleContext, s: Sentence, end: number): string | undefined {
  const topic = paragraphTopics(ctx).get(s.paragraph);
  return topic && topic.first < end ? topic.name : undefined;
}

/** A paragraph's topic organization: its name and first token. */
type Topic = { name: string; first: number } | undefined;
/** Each paragraph's topic organization (the first its opening sentence names), found once per article. */
const TOPICS = new WeakMap<ArticleContext, Map<number, Topic>>();

function paragraphTopics(ctx: ArticleContext): Map<number, Topic> {
  const known = TOPICS.get(ctx);
  if (known) return known;
  const topics = new Map<number, Topic>();
  for (const opening of ctx.sentences) {
    if (topics.has(opening.paragraph)) continue;
    let topic: Topic;
    for (let j = opening.first; j < opening.last && !topic; j++) {
      const m = mentionAtToken(ctx, j);
      if (m && m.first === j && m.entry.kind === 'org' && !m.entry.area && !m.entry.parentOrg)
        topic = { name: spanText(ctx, m.first, m.last), first: j };
    }
    topics.set(opening.paragraph, topic);
  }
  TOPICS.set(ctx, topics);
  return topics;
}

/** A paragraph's opening subject: the name its first sentence opens with, and that name's first token. */
type Subject = { name: string; first: number; head: string } | undefined;
/** Each paragraph's opening subject, found once per article on first use. */
const SUBJECTS = new WeakMap<ArticleContext, Map<number, Subject>>();

/**
 * "The Ruritanian Frontier Force (RFF) was a colonial gendarmerie raised in 1926. … [five sentences on] … the force
 * was disbanded": the body whose name carries the reference's head and opens the paragraph's first sentence, named
 * before `end`.
 */
export function paragraphSubject(ctx: ArticleContext, s: Sentence, end: number, head: string): string | undefined {
  let subjects = SUBJECTS.get(ctx);
  if (!subjects) SUBJECTS.set(ctx, (subjects = new Map()));
  if (!subjects.has(s.paragraph)) {
    // The paragraph's first sentence, walking back from this one.
    let at = s.index;
    while (at > 0 && ctx.sentences[at - 1]!.paragraph === s.paragraph) at--;
    const opening = ctx.sentences[at];
    const name = opening ? entityAt(ctx, opening, afterDateline(ctx, opening)) : undefined;
    const words = name ? nameWords(name.name) : undefined;
    subjects.set(s.paragraph, name && words ? { name: name.name, first: name.first, head: words.pop()! } : undefined);
  }
  const subject = subjects.get(s.paragraph);
  return subject && subject.first < end && subject.head === head ? subject.name : undefined;
}
