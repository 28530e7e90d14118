import { DefaultValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';
import { parseString } from './model/values.js';

/**
 * STRING values may lack their closing quote (an unterminated string ends at
 * the end of its line, LANGUAGE.md §1), so they are unquoted by
 * `parseString`. NUMBER, PERCENT and DATE keep their source text: the one
 * place that turns them into values is `model/values.ts`.
 */
export class PbmValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') return parseString(input);
        return super.runConverter(rule, input, cstNode);
    }
}
