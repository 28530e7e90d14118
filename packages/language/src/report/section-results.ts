/**
 * The plan's result as the abstract leads with it (LANGUAGE.md §8.7): before
 * the period ends, the projected score and grade (预计得分/等级) beside the
 * score to date — never a to-date score alone as the plan's grade; at the
 * end, the final score, and where awards exist the awarded score (the
 * official result) beside the computed one.
 */
import type { Grade } from '../figures/figures.js';
import type { DocumentContext } from './document-context.js';
import type { Tone } from './report-blocks.js';
import { resultText } from '../i18n/result-text.js';
import { monitoringText } from '../i18n/monitoring-text.js';

/** The colour of a grade on the score card: excellent green … poor vermillion. */
export const GRADE_TONES: Readonly<Record<Grade, Tone>> = { excellent: 'achieved', good: 'on-track', fair: 'at-risk', poor: 'off-track' };

export interface ResultCard {
    readonly label: string;
    readonly value: string;
    readonly detail: string;
    readonly tone?: Tone;
}

export function resultCard(ctx: DocumentContext): ResultCard {
    const { figures } = ctx.model;
    const { t, f } = ctx;
    const r = resultText(ctx.model.lang);
    // A plan not monitored yet (no checkpoint) has no score or grade to show, projected or not (§8.8).
    if (!figures.monitored) return { label: t.cards.score, value: t.none, detail: monitoringText(ctx.model.lang).notMonitoredCard };
    if (!ctx.final) {
        return {
            label: r.projectedScore, value: f.score(figures.projectedScore),
            detail: r.projectedDetail(t.grade[figures.projectedGrade], f.score(figures.score)),
            tone: GRADE_TONES[figures.projectedGrade]
        };
    }
    if (figures.awardedScore !== null && figures.awardedGrade !== null) {
        return {
            label: r.awardedScore, value: f.score(figures.awardedScore),
            detail: r.awardedDetail(t.grade[figures.awardedGrade], f.score(figures.score)),
            tone: GRADE_TONES[figures.awardedGrade]
        };
    }
    return { label: t.cards.score, value: f.score(figures.score), detail: t.cards.grade(t.grade[figures.grade]), tone: GRADE_TONES[figures.grade] };
}

/** The abstract's sentence on the result, in place of the v1 score sentence. */
export function resultSentence(ctx: DocumentContext): string {
    const { figures } = ctx.model;
    const { t, f } = ctx;
    const r = resultText(ctx.model.lang);
    if (!figures.monitored) return monitoringText(ctx.model.lang).notMonitoredScore;
    if (!ctx.final) {
        return r.projectedSentence(f.score(figures.projectedScore), t.grade[figures.projectedGrade], f.score(figures.score), f.percent(figures.elapsed));
    }
    if (figures.awardedScore !== null && figures.awardedGrade !== null) {
        return r.awardedSentence(f.score(figures.awardedScore), t.grade[figures.awardedGrade], f.score(figures.score), t.grade[figures.grade]);
    }
    return t.abstract.score(f.score(figures.score), t.grade[figures.grade], ctx.government);
}
