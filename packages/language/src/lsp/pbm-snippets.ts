/**
 * Snippets (with tab stops) for whole declarations, offered by completion
 * where their keyword is valid. Keyed by the grammar rule of the keyword;
 * their label and detail, in both languages, are in i18n/snippet-text.ts.
 */
import type { SnippetPlaceholders, SnippetRule } from '../i18n/snippet-text.js';

export interface DeclarationSnippet {
    readonly keyword: string;
    /**
     * LSP snippet syntax, with the placeholders of quoted text in the
     * request's language; indentation is 4 spaces, relative to the line
     * (clients re-indent). Names and keywords stay as the grammar spells them.
     */
    readonly body: (words: SnippetPlaceholders) => string;
}

export const SNIPPETS: Readonly<Record<SnippetRule, DeclarationSnippet>> = {
    Plan: {
        keyword: 'plan',
        body: w => [
            'plan ${1:Name} "${2:' + w.title + '}" {',
            '    organization "${3:' + w.organization + '}"',
            '    period ${4:2026-01-01} to ${5:2026-12-31}',
            '    as of ${6:2026-06-30}',
            '    currency ${7:CNY}',
            '}$0'
        ].join('\n')
    },
    Goal: {
        keyword: 'goal',
        body: w => [
            'goal ${1:Name} "${2:' + w.title + '}" {',
            '    owner ${3:Unit}',
            '    supports ${4:Strategy}',
            '    priority ${5|high,medium,low|}',
            '    weight ${6:20}%',
            '    due ${7:2026-12-31}',
            '    description "${8:' + w.goalDescription + '}"',
            '',
            '    kpi ${9:KpiName} "${10:' + w.kpiTitle + '}" {',
            '        unit "${11:%}"',
            '        baseline ${12:0}',
            '        target ${13|>=,<=,=|} ${14:100}',
            '        frequency ${15|quarterly,monthly,half-yearly,yearly|}',
            '        source "${16:' + w.dataSource + '}"',
            '    }',
            '}$0'
        ].join('\n')
    },
    Kpi: {
        keyword: 'kpi',
        body: w => [
            'kpi ${1:Name} "${2:' + w.title + '}" {',
            '    unit "${3:%}"',
            '    baseline ${4:0}',
            '    target ${5|>=,<=,=|} ${6:100}',
            '    frequency ${7|quarterly,monthly,half-yearly,yearly|}',
            '    source "${8:' + w.dataSource + '}"',
            '}$0'
        ].join('\n')
    },
    Budget: {
        keyword: 'budget',
        body: w => [
            'budget ${1:Name} "${2:' + w.title + '}" {',
            '    category ${3|personnel,equipment,technology,materials,services,marketing,training,other|}',
            '    amount ${4:100k}',
            '    owner ${5:Unit}',
            '    funds ${6:Goal}',
            '}$0'
        ].join('\n')
    },
    Checkpoint: {
        keyword: 'checkpoint',
        body: w => [
            'checkpoint ${1:Q1} ${2:2026-03-31} {',
            '    measure ${3:Kpi} ${4:0} source "${5:' + w.dataSource + '}"',
            '    spend ${6:Budget} ${7:0} source "${8:' + w.ledgerAccount + '}"',
            '}$0'
        ].join('\n')
    },
    Review: {
        keyword: 'review',
        body: w => [
            'review ${1:Name} "${2:' + w.title + '}" ${3:2026-06-30} {',
            '    finding ${4:Finding} "${5:' + w.finding + '}" {',
            '        affects ${6:Goal}',
            '        cause ${7|internal,external,data,communication|}',
            '        severity ${8|medium,high,low|}',
            '    }',
            '    action ${9:Action} "${10:' + w.action + '}" {',
            '        addresses ${4}',
            '        owner ${11:Unit}',
            '        due ${12:2026-09-30}',
            '        status open',
            '    }',
            '}$0'
        ].join('\n')
    }
};

export function isSnippetRule(rule: string): rule is SnippetRule {
    return Object.hasOwn(SNIPPETS, rule);
}
