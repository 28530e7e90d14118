/**
 * points-not-100 (LANGUAGE.md §8.2): rescale every KPI's `points` (in every
 * file of the plan) so that they total 100 − the execution row's points, in
 * hundredths by largest remainder; the title shows the new points.
 */
import { AstUtils, GrammarUtils } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { apportion } from '../../figures/figures.js';
import { executionPoints, pointsOf } from '../../figures/points.js';
import { formatNumber } from '../../i18n/format.js';
import { FIX_TITLES } from '../../i18n/fix-titles.js';
import * as props from '../../model/properties.js';
import { quickFix } from './edits.js';
import type { QuickFix } from './fix-context.js';

/** Shows at most this many new points in the title. */
const TITLE_POINTS = 8;

/** Points totalling `target` (to the hundredth), in proportion to `points`, by largest remainder (ties to the earlier KPI). */
export function rescaledPoints(points: readonly number[], target: number): number[] | undefined {
    const total = points.reduce((a, b) => a + b, 0);
    if (total <= 0 || target < 0) return undefined;
    return apportion(points, Math.round(target * 100)).map(h => h / 100);
}

export const pointsNot100: QuickFix = context => {
    const { figures, lang } = context;
    if (!figures || figures.scoring !== 'points') return [];
    const kpis = figures.model.kpis.filter(kpi => pointsOf(kpi) !== undefined);
    const execution = executionPoints(figures.rules, figures.profile);
    const points = rescaledPoints(kpis.map(kpi => Math.max(0, pointsOf(kpi)!)), 100 - execution);
    if (!points) return [];
    const changes: Record<string, TextEdit[]> = {};
    kpis.forEach((kpi, i) => {
        const range = GrammarUtils.findNodeForProperty(props.kpiPoints(kpi)!.$cstNode, 'value')?.range;
        const uri = AstUtils.getDocument(kpi).uri.toString();
        if (range) (changes[uri] ??= []).push({ range, newText: String(points[i]) });
    });
    const shown = points.slice(0, TITLE_POINTS).map(p => formatNumber(lang, p, 2)).join(' · ') + (points.length > TITLE_POINTS ? ' · …' : '');
    const title = FIX_TITLES[lang].rescalePoints(formatNumber(lang, 100 - execution, 2), formatNumber(lang, execution, 2), shown);
    return [quickFix(context, title, { changes }, true)];
};
