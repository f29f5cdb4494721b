import { currencyOfToken } from '../units/currencies';
import { scaleName } from '../units/scales';
import { unitOfToken, type UnitForm } from '../units/units';
import type { Measure } from './claim';

export interface ReadUnit {
  measure: Measure;
  /** A unit's id, a currency's code, a scale's name or "%". */
  unit?: string;
  form?: UnitForm;
  /** "300 m": the letter the pattern took for a scale (million) is the unit (metres). */
  scaleIsUnit?: boolean;
  /** False for a number that is a claim only where a fact binds it (a level, a category). */
  statesAlone?: boolean;
}

/** What the words around a number measure: the written unit after it, or the currency before it. */
export function readUnit(after: string | undefined, before?: string): ReadUnit | undefined {
  if (before !== undefined) {
    const currency = currencyOfToken(before);
    const also = after === undefined ? currency : currencyOfToken(after);
    return currency && also?.code === currency.code ? { measure: 'money', unit: currency.code } : undefined;
  }
  if (after === undefined) return undefined;
  if (/^(?:%|percent|per\s+cent)$/i.test(after)) return { measure: 'percent', unit: '%' };
  const scale = scaleName(after);
  if (scale) return { measure: 'scale', unit: scale.name, statesAlone: scale.statesAlone };
  const currency = currencyOfToken(after);
  if (currency) return { measure: 'money', unit: currency.code };
  const unit = unitOfToken(after);
  if (!unit) return undefined;
  return { measure: unit.unit.dimension === 'duration' ? 'duration' : 'quantity', unit: unit.unit.id, form: unit.form };
}
