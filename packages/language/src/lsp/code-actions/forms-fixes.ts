/**
 * Quick fixes of the forms model (LANGUAGE.md §8.2, 8.3), each a small
 * function of (diagnostic, node, figures, language) so it can move into a
 * per-code registry as it is:
 * - `points-not-100`: rescale the indicators' points so that they and the
 *   execution row total 100 (two decimals, largest remainder, every file);
 * - `award-unexplained`: add `reason ""` to the award.
 */
import { AstUtils, GrammarUtils, type AstNode } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { PlanFigures } from '../../figures/figures.js';
import { executionPoints, pointsOf } from '../../figures/points.js';
import * as ast from '../../generated/ast.js';
import { formatNumber } from '../../i18n/format.js';
import type { Lang } from '../../i18n/locale.js';
import * as props from '../../model/properties.js';

const TITLES = {
    en: {
        rescalePoints: (indicators: string, execution: string, points: string) => `Rescale the indicators' points to ${indicators} (execution ${execution}): ${points}`,
        addReason: () => `Add 'reason ""'`
    },
    zh: {
        rescalePoints: (indicators: string, execution: string, points: string) => `将各指标分值调整为合计 ${indicators} 分（预算执行率 ${execution} 分）：${points}`,
        addReason: () => `添加评分理由 reason ""`
    }
} as const;

/** Shows at most this many new points in the title. */
const TITLE_POINTS = 8;

/**
 * Points in hundredths that total `target`, in proportion to `points`, by
 * largest remainder (ties to the earlier KPI).
 */
export function rescaledPoints(points: readonly number[], target: number): number[] | undefined {
    const total = points.reduce((a, b) => a + b, 0);
    if (total <= 0 || target < 0) return undefined;
    const hundredths = Math.round(target * 100);
    const exact = points.map(p => p / total * hundredths);
    const result = exact.map(Math.floor);
    let left = hundredths - result.reduce((a, b) => a + b, 0);
    const order = exact.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
        .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
    for (const { index } of order) {
        if (left <= 0) break;
        result[index]++;
        left--;
    }
    return result.map(h => h / 100);
}

export function rescalePointsFix(diagnostic: Diagnostic, figures: PlanFigures | undefined, lang: Lang): CodeAction[] {
    if (!figures || figures.scoring !== 'points') return [];
    const kpis = figures.model.kpis.filter(kpi => props.kpiPoints(kpi) && pointsOf(kpi) !== undefined);
    const execution = executionPoints(figures.rules, figures.profile);
    const points = rescaledPoints(kpis.map(kpi => Math.max(0, pointsOf(kpi)!)), 100 - execution);
    if (!points) return [];
    const changes: Record<string, TextEdit[]> = {};
    kpis.forEach((kpi, i) => {
        const property = props.kpiPoints(kpi)!;
        const range = GrammarUtils.findNodeForProperty(property.$cstNode, 'value')?.range;
        const uri = AstUtils.getDocument(kpi).uri.toString();
        if (range) (changes[uri] ??= []).push({ range, newText: String(points[i]) });
    });
    const shown = points.slice(0, TITLE_POINTS).map(p => formatNumber(lang, p, 2)).join(' · ') + (points.length > TITLE_POINTS ? ' · …' : '');
    const title = TITLES[lang].rescalePoints(formatNumber(lang, 100 - execution, 2), formatNumber(lang, execution, 2), shown);
    return [{ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: { changes }, isPreferred: true }];
}

export function addAwardReasonFix(diagnostic: Diagnostic, node: AstNode, lang: Lang): CodeAction[] {
    const award = AstUtils.getContainerOfType(node, ast.isAward);
    const end = award?.$cstNode?.range.end;
    if (!award || !end || award.reason !== undefined) return [];
    const uri = AstUtils.getDocument(award).uri.toString();
    return [{
        title: TITLES[lang].addReason(), kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        edit: { changes: { [uri]: [{ range: { start: end, end }, newText: ' reason ""' }] } }, isPreferred: true
    }];
}
