import { textChange } from '../text/textChange';
import type { CheckedDraft } from './checkedDraft';

/**
 * The drafts a checker checked last, one version of each: the editor checks an open
 * draft again after every keystroke, and each check starts from the version before.
 * A checker serves several open drafts, so a text is matched to the one it shares the
 * most with, at its start and end together.
 */
export class RecentDrafts {
  private drafts: CheckedDraft[] = [];

  constructor(private readonly keep: number) {}

  closest(text: string): CheckedDraft | undefined {
    let best: { draft: CheckedDraft; shared: number } | undefined;
    for (const draft of this.drafts) {
      const change = textChange(draft.text, text);
      const shared = change.start + draft.text.length - change.oldEnd;
      if (!best || shared > best.shared) best = { draft, shared };
    }
    return best?.draft;
  }

  /** Keeps a checked draft in place of the version it was checked from; the oldest goes when there are too many. */
  remember(draft: CheckedDraft, replacing: CheckedDraft | undefined): void {
    this.drafts = [draft, ...this.drafts.filter((d) => d !== replacing)].slice(0, this.keep);
  }
}
