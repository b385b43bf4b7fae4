/**
 * Company (https://help.getharvest.com/api-v2/company-api/company/company/): the adapter reads
 * `wants_timestamp_timers` here to know whether entries carry start and end times.
 */
import type { SimRoute } from '../../kit.js';
import { ok, route } from '../envelope.js';
import { V2, type RouteContext } from './context.js';

export function companyRoutes(ctx: RouteContext): SimRoute[] {
  const { state } = ctx;
  return [
    route('GET', `${V2}/company`, () =>
      ok({
        base_uri: 'https://timegate-demo.harvestapp.com',
        full_domain: 'timegate-demo.harvestapp.com',
        name: state.company.name,
        is_active: true,
        week_start_day: 'Monday',
        wants_timestamp_timers: state.company.wantsTimestampTimers,
        time_format: 'hours_minutes',
        date_format: '%Y-%m-%d',
        plan_type: 'simple-v4',
        clock: '12h',
        currency_code_display: 'iso_code_none',
        currency_symbol_display: 'symbol_before',
        decimal_symbol: '.',
        thousands_separator: ',',
        color_scheme: 'orange',
        weekly_capacity: 126000,
        expense_feature: false,
        invoice_feature: false,
        estimate_feature: false,
        approval_feature: false,
        team_feature: false,
      }),
    ),
  ];
}
