/**
 * The titles of the quick fixes (lsp/code-actions/), in both languages. A
 * title says what the fix writes, with the plan's own names in it, so the
 * planner can pick one from the light-bulb menu without trying them.
 */
import type { Lang } from './locale.js';

interface FixTitles {
    addProperty(text: string): string;
    addSource(): string;
    createStub(kind: string, name: string): string;
    createKpiIn(name: string, goal: string): string;
    createFinding(name: string, review: string): string;
    rescale(shares: string): string;
    rescaleSplit(shares: string): string;
    addBudget(goal: string): string;
    addAction(finding: string): string;
    didYouMean(name: string, title: string | undefined): string;
    fundGoal(goal: string, title: string | undefined): string;
    raiseAmount(amount: string): string;
    addTarget(): string;
    closeBlock(kind: string, name: string): string;
    rescalePoints(indicators: string, execution: string, points: string): string;
    addAwardReason(): string;
    addReason(): string;
    remainderOnOther(amount: string): string;
    rescaleSources(amounts: string): string;
}

const quotedTitle = (title: string | undefined, open: string, close: string) => (title ? `${open}${title}${close}` : '');

export const FIX_TITLES: Readonly<Record<Lang, FixTitles>> = {
    en: {
        addProperty: text => `Add '${text}'`,
        addSource: () => `Add 'source ""'`,
        createStub: (kind, name) => `Create ${kind} '${name}'`,
        createKpiIn: (name, goal) => `Create KPI '${name}' in goal '${goal}'`,
        createFinding: (name, review) => `Create finding '${name}' in review '${review}'`,
        rescale: shares => `Rescale weights to 100%: ${shares}`,
        rescaleSplit: shares => `Rescale the split to 100%: ${shares}`,
        addBudget: goal => `Add a budget line funding '${goal}'`,
        addAction: finding => `Add an action addressing '${finding}'`,
        didYouMean: (name, title) => `Did you mean '${name}'?${quotedTitle(title, ' (', ')')}`,
        fundGoal: (goal, title) => `Fund goal '${goal}'${quotedTitle(title, ' (', ')')}`,
        raiseAmount: amount => `Raise the amount to the spent total: ${amount}`,
        addTarget: () => `Add a target ('target >= …')`,
        closeBlock: (kind, name) => `Close the ${kind} '${name}' with '}'`,
        rescalePoints: (indicators, execution, points) => `Rescale the indicators' points to ${indicators} (execution ${execution}): ${points}`,
        addAwardReason: () => `Add 'reason ""' to the award`,
        addReason: () => `Add 'reason ""' to the adjustment`,
        remainderOnOther: amount => `Put the difference on 'other': other ${amount}`,
        rescaleSources: amounts => `Rescale the sources to the budget: ${amounts}`
    },
    zh: {
        addProperty: text => `添加“${text}”`,
        addSource: () => `添加数据来源 source ""`,
        createStub: (kind, name) => `新建${kind}“${name}”`,
        createKpiIn: (name, goal) => `在绩效目标“${goal}”中新建绩效指标“${name}”`,
        createFinding: (name, review) => `在评估“${review}”中新建评估发现“${name}”`,
        rescale: shares => `将权重调整为合计 100%：${shares}`,
        rescaleSplit: shares => `将资金分配调整为合计 100%：${shares}`,
        addBudget: goal => `添加支持“${goal}”的预算项目`,
        addAction: finding => `添加针对“${finding}”的整改措施`,
        didYouMean: (name, title) => `是否想写“${name}”？${quotedTitle(title, '（', '）')}`,
        fundGoal: (goal, title) => `资助绩效目标“${goal}”${quotedTitle(title, '（', '）')}`,
        raiseAmount: amount => `将预算金额调增至已支出总额：${amount}`,
        addTarget: () => `添加目标值（target >= …）`,
        closeBlock: (kind, name) => `用“}”结束${kind}“${name}”`,
        rescalePoints: (indicators, execution, points) => `将各指标分值调整为合计 ${indicators} 分（预算执行率 ${execution} 分）：${points}`,
        addAwardReason: () => `添加评分理由 reason ""`,
        addReason: () => `为预算调整添加理由 reason ""`,
        remainderOnOther: amount => `将差额计入其他资金：other ${amount}`,
        rescaleSources: amounts => `按比例调整各资金来源使合计等于预算：${amounts}`
    }
};
