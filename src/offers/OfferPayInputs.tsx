import { Box, Typography } from '@mui/material';
import { useEffect } from 'react';
import { NumberInput, SelectInput, useTranslate } from 'react-admin';
import { useFormContext, useWatch } from 'react-hook-form';
import { IR35_CHOICES } from '../common/choices/offers';
import { type ContractType, type Country, CURRENCY_BY_COUNTRY } from '../model/types';
import { dailyRateRange, salaryRange, validateIr35 } from './offerValidation';

/**
 * Salary range for employees, daily rate for freelancers, IR35 for UK freelancers; the currency
 * follows the country. Switching contract clears the pay fields that no longer apply, so the API
 * never receives both kinds of pay.
 */
export function OfferPayInputs() {
  const translate = useTranslate();
  const { setValue, getValues } = useFormContext();
  const contractType = useWatch({ name: 'contractType' }) as ContractType | undefined;
  const country = useWatch({ name: 'country' }) as Country | undefined;
  const freelance = contractType === 'freelance';
  const ir35 = freelance && country === 'GB';
  const currency = country ? CURRENCY_BY_COUNTRY[country] : undefined;

  useEffect(() => {
    const clear = (field: string) => {
      if (getValues(field) != null) setValue(field, null, { shouldDirty: true });
    };
    if (freelance) ['salaryMin', 'salaryMax'].forEach(clear);
    else ['dailyRateMin', 'dailyRateMax'].forEach(clear);
    if (!ir35) clear('ir35');
    if (currency && getValues('currency') !== currency) setValue('currency', currency, { shouldDirty: true });
  }, [freelance, ir35, currency, getValues, setValue]);

  const [min, max, range] = freelance
    ? (['dailyRateMin', 'dailyRateMax', dailyRateRange] as const)
    : (['salaryMin', 'salaryMax', salaryRange] as const);
  return (
    <Box sx={{ width: '100%' }}>
      <Typography variant="subtitle1" component="h2" gutterBottom>
        {translate('resources.offers.sections.pay')}
      </Typography>
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <NumberInput key={min} source={min} min={0} step={freelance ? 10 : 1000} validate={range.lower} />
        <NumberInput key={max} source={max} min={0} step={freelance ? 10 : 1000} validate={range.upper} />
        {ir35 && <SelectInput source="ir35" choices={IR35_CHOICES} validate={validateIr35} />}
      </Box>
      {currency && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.offers.help.currency', { currency })}
        </Typography>
      )}
    </Box>
  );
}
