import { fundingSourceName, isFundingSource } from './funding-sources.js';
import type { MessageCatalog } from './messages.js';
import { termOrValue } from './vocabulary.js';

/** English diagnostic messages. Arguments are documented with each check. */
export const MESSAGES_EN: MessageCatalog = {
    'syntax-error': a => `${a.detail}`,
    'unresolved-reference': a => `No ${a.kind} named '${a.name}' in ${a.plan === undefined ? 'this plan' : `plan '${a.plan}', which imports this file`}. Declare it, import the file that declares it, or fix the spelling.`,
    'duplicate-name': a => a.otherPlan !== undefined
        ? `Plan '${a.name}' is among the files of plan '${a.otherPlan}' (${a.where}), and a plan's files can hold only one plan. Move it to a file that plan '${a.otherPlan}' does not import, or remove it.`
        : `The ${a.kind} name '${a.name}' is already used (${a.where}). Rename one of them: names must be unique per kind in a plan.`,
    'duplicate-property': a => `'${a.property}' is given twice in this block; only the first one counts. Delete this one.`,
    'invalid-date': a => `'${a.text}' is not a real calendar date. Write an existing date as YYYY-MM-DD, e.g. 2026-06-30.`,
    'import-not-found': a => `Cannot find the imported file '${a.path}'. Check the path: it is relative to this file and must end in .pbm.`,
    'import-not-pbm': a => `'${a.path}' is not a plan file, so it is not read: imports name .pbm files. Import the .pbm file that holds the declarations, or remove this import.`,
    'import-outside-workspace': a => `'${a.path}' is outside the folders PBM reads (${a.root}), so it is not read. Move the file into that folder, or ${a.tool === 'editor' ? 'open a folder that holds both files' : 'run pbm on a folder that holds both files'}.`,
    'plan-missing': () => `This file has goals but no plan imports it. Add a 'plan' block here, or import this file from the plan file.`,
    'plan-period-invalid': a => `The plan period ends (${a.end}) before it starts (${a.start}). Swap the dates or correct one of them.`,
    'rule-invalid': a => `Rule '${a.rule}': ${ruleProblemEn(a)}`,
    'goal-missing-owner': a => `Goal '${a.goal}' has no owner. Add 'owner <unit>' so someone is accountable for it.`,
    'goal-missing-description': a => `Goal '${a.goal}' has no description. Add 'description "…"' saying what will be done.`,
    'goal-vague': a => `Goal '${a.goal}' uses the vague verb '${a.verb}' and has no quantitative KPI. Add a KPI with a numeric target so progress can be measured.`,
    'goal-without-kpi': a => `Goal '${a.goal}' has no KPI, so it cannot be measured. Add at least one 'kpi' block with a target.`,
    'kpi-missing-target': a => `KPI '${a.kpi}' has no target. Add 'target >= <value>' (or <=, =), or a text target for a qualitative KPI.`,
    'kpi-missing-unit': a => `KPI '${a.kpi}' has no unit of measure. Add 'unit "…"' (e.g. "%", "days", "CNY").`,
    'kpi-missing-baseline': a => `KPI '${a.kpi}' has no baseline, so progress cannot be measured from a starting point. Add 'baseline <value>'.`,
    'kpi-missing-formula': a => `KPI '${a.kpi}' has no formula. Government indicators should say how the value is calculated: add 'formula "…"'.`,
    'kpi-qualitative': a => `KPI '${a.kpi}' has a text target, so it is graded rather than measured. Record its grade in checkpoints ('measure ${a.kpi} achieved|partial|missed 85%') and name in 'source' who judges it.`,
    'kpi-zero-target': a => `KPI '${a.kpi}' aims at '>= 0', which any result meets. Set a target above zero.`,
    'target-direction-conflict': a => `KPI '${a.kpi}': target ${a.op} ${a.target} points the wrong way from the baseline ${a.baseline}. Check the operator (>= to increase, <= to decrease) or the numbers.`,
    'target-already-met': a => `KPI '${a.kpi}': the baseline ${a.baseline} already meets the target ${a.op} ${a.target}. Set a more demanding target.`,
    'target-too-ambitious': a => `KPI '${a.kpi}': the target changes the baseline by ${a.change}, more than the ambition limit of ${a.limit}. Check the target is achievable, or raise 'ambition limit' in the plan's rules.`,
    'goal-unfunded': a => `No budget line funds goal '${a.goal}'. Add a budget line with 'funds ${a.goal}', or explain why it needs no money.`,
    'goal-not-aligned': a => `Goal '${a.goal}' does not support any strategy. Add 'supports <strategy>' to show why it matters.`,
    'strategy-without-goals': a => `No goal supports strategy '${a.strategy}'. Link a goal to it with 'supports ${a.strategy}', or remove the strategy.`,
    'perspective-uncovered': a => `No goal covers the ${termOrValue('en', 'perspective', String(a.perspective))} perspective. Consider a goal with 'perspective ${a.perspective}' for a balanced scorecard.`,
    'kpi-count': a => `Goal '${a.goal}' has ${a.count} KPIs, more than ${a.limit}. Keep the few that matter most.`,
    'class-missing': a => `KPI '${a.kpi}' has no indicator class. Add 'class <level1>.<level2>', e.g. 'class output.quantity'.`,
    'class-invalid': a => `'${a.class}' is not an indicator class. Use output.(quantity|quality|timeliness|cost), benefit.(economic|social|ecological|sustainable), cost.(economic|social|ecological) or satisfaction.service.`,
    'output-indicator-missing': a => `Goal '${a.goal}' has no output indicator. Add a KPI with 'class output.…' (quantity, quality, timeliness or cost).`,
    'goal-missing-due': a => `Goal '${a.goal}' has no due date. Add 'due YYYY-MM-DD' so it is time-bound.`,
    'due-outside-period': a => `Goal '${a.goal}': ${a.property} ${a.date} is outside the plan period ${a.start} to ${a.end}. Move it inside the period.`,
    'kpi-missing-frequency': a => `KPI '${a.kpi}' has no measuring frequency. Add 'frequency monthly' (or quarterly, half-yearly, yearly).`,
    'budget-unlinked': a => `Budget line '${a.budget}' funds no goal. Add 'funds <goal>' so the money is tied to a result.`,
    'allocation-not-100': a => Number(a.missing) > 0
        ? `The funds split of budget line '${a.budget}' gives no share to ${Number(a.missing) === 1 ? 'one of its goals' : `${a.missing} of its goals`}. Give every goal a share (e.g. 'funds A 60%, B 40%') so the shares total 100%.`
        : `The funds split of budget line '${a.budget}' totals ${a.total}, not 100%. Adjust the shares so they add up to 100%.`,
    'budget-over-total': a => `The budget lines total ${a.sum}, more than the plan's total budget of ${a.total}. Reduce the lines or raise the total budget.`,
    'weights-not-100': a => {
        const whose = a.scope === 'goal' ? `The KPI weights of goal '${a.goal}'` : 'The goal weights of the plan';
        const items = (a.scope === 'goal' ? 'KPI' : 'goal') + (Number(a.missing) === 1 ? '' : 's');
        return Number(a.missing) > 0
            ? `${whose} already total ${a.total}, leaving nothing for the ${a.missing} ${items} without a weight. Lower the weights, or give every one a weight so they add up to 100%.`
            : `${whose} total ${a.total}, not 100%. Adjust them so they add up to 100%.`;
    },
    'weight-zero': a => `${a.kind === 'goal' ? 'Goal' : 'KPI'} '${a.name}' has weight 0%, so it does not count towards the score. Give it a weight, or keep 0% only if it is tracked for information.`,
    'funding-priority-mismatch': a => `Low-priority goal '${a.low}' gets ${a.lowAmount}, more than high-priority goal '${a.high}' (${a.highAmount}). Check the allocation matches the priorities.`,
    'funding-weight-mismatch': a => `Goal '${a.goal}' gets ${a.fundingShare} of the budget but weighs ${a.weight} of the score (more than ${a.ratio}× apart). Check the funding or the weight.`,
    'resource-category-missing': a => `The plan has no ${a.category} budget line. Most plans need people and systems: add a 'category ${a.category}' line if the goals need one.`,
    'overspend': a => `Budget line '${a.budget}' has spent ${a.spent}, more than its budget of ${a.amount}. Correct the spend or increase the budget.`,
    'budget-execution-lag': a => a.finding !== undefined
        ? `${a.level === 'red' ? 'Red' : 'Yellow'} alert on budget line '${a.budget}' (executed ${a.rate} of its budget with ${a.elapsed} of the time gone), explained by finding '${a.finding}'. Follow up the actions that address it.`
        : `${a.level === 'red' ? 'Red' : 'Yellow'} alert: budget line '${a.budget}' has executed ${a.rate} of its budget with ${a.elapsed} of the time gone. Speed up spending, or explain the delay with a review finding that affects '${a.budget}'.`,
    'year-end-execution-low': a => `Budget line '${a.budget}' executed only ${a.rate} at the end of the period (threshold ${a.threshold}). Explain it with a review finding that affects the goal it funds.`,
    'kpi-lag': a => a.finding !== undefined
        ? a.pastDue === 'yes'
            ? `KPI '${a.kpi}' was due on ${a.due} and reached ${a.achievement} of its target: the target was missed, explained by finding '${a.finding}'. Follow up the actions that address it.`
            : `KPI '${a.kpi}' is at ${a.achievement} of its target, ${a.expected} expected by now (lag ${a.lag}), explained by finding '${a.finding}'. Follow up the actions that address it.`
        : a.pastDue === 'yes'
            ? `KPI '${a.kpi}' was due on ${a.due} and reached ${a.achievement} of its target: the target was missed. Record why in a review finding, and what will change.`
            : `KPI '${a.kpi}' is at ${a.achievement} of its target but ${a.expected} was expected by now (lag ${a.lag}). Plan catch-up measures.`,
    'kpi-off-track': a => a.finding !== undefined
        ? `KPI '${a.kpi}' is projected to reach ${a.projection} by ${a.due}, missing its target ${a.op} ${a.target}, explained by finding '${a.finding}'. Follow up the actions that address it.`
        : `KPI '${a.kpi}' is projected to reach ${a.projection} by ${a.due}, missing its target ${a.op} ${a.target}. Act now or revise the target.`,
    'kpi-wrong-direction': a => `KPI '${a.kpi}' moved away from its target in the last two measures (${a.previous} → ${a.latest}). Find out why.`,
    'goal-overdue': a => `Goal '${a.goal}' was due on ${a.due} and scores ${a.score}. Close it out, or record why it is late in a review.`,
    'measure-missing-source': a => `The ${a.kind} of '${a.name}' has no source. Add 'source "…"' naming where the figure comes from.`,
    'measure-outside-period': a => `Checkpoint '${a.checkpoint}' (${a.date}) is outside the plan period ${a.start} to ${a.end}. Correct its date.`,
    'measure-after-as-of': a => `Checkpoint '${a.checkpoint}' (${a.date}) is dated after the reporting date ${a.asOf}. Correct the date or move 'as of' forward.`,
    'measure-duplicate': a => `'${a.name}' is ${a.kind === 'spend' ? 'spent on' : 'measured'} twice on ${a.date}. Keep one entry per date.`,
    'measure-missing': a => `KPI '${a.kpi}' is measured ${a.frequency} but has no measure for ${a.period}. Add it to a checkpoint dated in that period.`,
    'measure-implausible': a => a.reason === 'negative-spend'
        ? `Spend on '${a.name}' is negative (${a.value}). Record refunds as a correction of the original spend.`
        : `The measure of '${a.name}' is ${a.value}, outside 0–100 for a percentage. Check the figure (85% is written 85).`,
    'qualitative-score-band': a => `The score ${a.score} of '${a.kpi}' does not fit the level '${termOrValue('en', 'qualitativeLevel', String(a.level))}' (${a.min}–${a.max}). Change the score or the level.`,
    'finding-without-action': a => `Finding '${a.finding}' has no action addressing it. Add an 'action' with 'addresses ${a.finding}'.`,
    'action-incomplete': a => `Action '${a.action}' has no ${a.missing === 'owner-due' ? 'owner and no due date' : a.missing === 'owner' ? 'owner' : 'due date'}. Add ${a.missing === 'owner-due' ? "'owner <unit>' and 'due YYYY-MM-DD'" : a.missing === 'owner' ? "'owner <unit>'" : "'due YYYY-MM-DD'"} so the action can be followed up.`,
    'action-overdue': a => `Action '${a.action}' was due on ${a.due} and is still open. Complete it, update its status, or set a new due date.`,
    'affects-ambiguous': a => `'${a.name}' names both a ${a.kind1} and a ${a.kind2} in this plan, so it is unclear what the finding affects. Rename one of them.`,
    'adjusted-unexplained': a => `Budget line '${a.budget}' is adjusted ${a.amount === undefined ? '' : `from ${a.amount} `}to ${a.adjusted} without a reason. Add 'reason "…"' after the adjusted amount: a mid-year adjustment must be explained.`,
    'sources-not-total': a => `The funding sources of budget line '${a.budget}' total ${a.total}, not its ${a.adjustedBudget === 'yes' ? 'adjusted ' : ''}budget of ${a.amount}. Make them add up to the budget.`,
    'spend-source-unknown': a => a.declared
        ? `Spend on '${a.budget}' is drawn from '${a.source}' (${sourceEn(a.source)}), which is not among the line's sources (${a.declared}). Add it to the line's 'sources', or correct 'from'.`
        : `Spend on '${a.budget}' is drawn from '${a.source}' (${sourceEn(a.source)}), but the line declares no sources. Add 'sources ${a.source} <amount>' to the line, or remove 'from'.`,
    'kpi-missed-unexplained': a => `KPI '${a.kpi}' ended below its target and no review finding explains it. Add a finding that 'affects ${a.kpi}' (or its goal '${a.goal}') saying why.`,
    'target-date-direction': a => `KPI '${a.kpi}' has a date target with '${a.op}', which cannot be scored: a date target means "done by", written 'target <= ${a.date}'. Use <=.`,
    'cumulative-direction': a => `KPI '${a.kpi}' is cumulative (running totals that only grow), so its target must be '>= <number>'; a '${a.op}' target cannot be scored. Use a >= target, or remove 'cumulative'.`,
    'points-missing': a => `KPI '${a.kpi}' has no points, but this plan is scored by points (other KPIs have them), so it would earn nothing. Add 'points <N>', the indicator's points on the form.`,
    'points-not-100': a => `The points of plan '${a.plan}' total ${a.total} (budget execution ${a.execution} + indicators ${a.indicators}), not 100. Adjust the indicators' points (or 'execution points' in the rules) so they add up to 100.`,
    'weight-ignored': a => `This plan is scored by points, so ${a.what === 'score-weights' ? "the 'score weights' rule" : `the weight of ${a.what === 'goal' ? 'goal' : 'KPI'} '${a.name}'`} is ignored. Remove it, or remove the points to score by weights.`,
    'award-without-points': a => `The award for '${a.row}' cannot count: awards are the evaluator's points per row, and no KPI of this plan has points. Give the KPIs 'points' (with the execution row they total 100), or remove the award.`,
    'award-out-of-range': a => `The award ${a.value} for '${a.row}' is outside 0–${a.points}, the points of the row. Award between 0 and ${a.points}.`,
    'duplicate-award': a => `'${a.row}' is awarded twice in review '${a.review}'; only the first award counts. Delete this one.`,
    'award-unexplained': a => `The award ${a.value} for '${a.row}' differs from the ${a.earned} points its result earns, and gives no reason. Add reason "…" saying why the evaluator awarded it.`,
    'award-lenient': a => `'${a.row}' is awarded its full ${a.points} points though its target was missed (${a.achieved === undefined ? 'no measure' : `${a.achieved} ${a.kind === 'execution' ? 'executed' : 'achieved'}`}). Check the award: it is what a finance reviewer checks first.`,
    'benefit-indicator-missing': a => `Plan '${a.plan}' has no benefit indicator (class benefit.…), so the ${a.points} benefit points are spread over the other parts. Add the project's economic, social, ecological or sustainable benefits as KPIs.`,
    'satisfaction-indicator-missing': a => `Plan '${a.plan}' has no satisfaction indicator (class satisfaction.service), so the ${a.points} satisfaction points are spread over the other parts. If the project serves people, add their satisfaction as a KPI.`
};

function sourceEn(source: string | number | undefined): string {
    return typeof source === 'string' && isFundingSource(source) ? fundingSourceName('en', source) : String(source);
}

function ruleProblemEn(a: Readonly<Record<string, string | number | undefined>>): string {
    switch (a.problem) {
        case 'percent-range': return `${a.value} is outside 0–100%. Use a percentage between 0% and 100%.`;
        case 'positive': return `${a.value} must be a positive number.`;
        case 'whole-number': return `${a.value} must be a whole number of at least 1.`;
        case 'bands-order': return `the grade bands must descend and lie in 0–100 (e.g. 90 80 60).`;
        case 'weights-total': return `the score weights total ${a.value}, not 100. Adjust them so they add up to 100.`;
        case 'qualitative-order': return `the scores must descend (achieved ≥ partial ≥ missed) and lie in 0–100%.`;
        case 'grade-order': return `the grade scores must descend (excellent ≥ good ≥ fair ≥ low ≥ poor) and lie in 0–100%.`;
        case 'points-range': return `${a.value} points is outside 0–100. Give the budget-execution row between 0 and 100 points.`;
        case 'error-above-warning': return `the error threshold ${a.value} must not be above the warning threshold.`;
        default: return `${a.value} is not valid here.`;
    }
}
