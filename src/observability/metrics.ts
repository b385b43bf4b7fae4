/**
 * The gateway's Prometheus metrics. Each gateway has its own prom-client Registry (tests run
 * several gateways in one process, and a global registry would mix their counts or refuse
 * the second registration). GraphQL requests and their durations by operation come from
 * Yoga's Prometheus plugin; the vendor side comes from observer callbacks the adapters call.
 */
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { usePrometheus } from '@graphql-yoga/plugin-prometheus';
import type { Plugin } from 'graphql-yoga';
import type { BreakerState, RequestInfo } from '../adapters/http.js';
import type { MigrationSnapshot } from '../migrate/model.js';
import { routeTemplate } from './route.js';

/** What the adapters report, per source; each call is cheap and never throws. */
export interface VendorObserver {
  request(source: string, vendor: string, info: RequestInfo): void;
  cache(source: string, hit: boolean): void;
  breaker(source: string, read: () => BreakerState): void;
}

export interface GatewayMetrics {
  registry: Registry;
  vendor: VendorObserver;
  /** Counts the error codes of one GraphQL response. */
  graphqlErrors(codes: readonly string[]): void;
  /** Where the migration gauges read live runs from when scraped. */
  watchMigrations(read: () => MigrationSnapshot[]): void;
  /** Yoga's own request metrics, recorded into this registry. */
  yogaPlugin(): Plugin;
}

const BREAKER_STATES: BreakerState[] = ['closed', 'half-open', 'open'];
const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

export function createMetrics(): GatewayMetrics {
  const registry = new Registry();
  const registers = [registry];

  const vendorRequests = new Counter({
    name: 'timegate_vendor_requests_total',
    help: 'HTTP attempts sent to vendors (retries included), by source, route template and status ("none" when no response came)',
    labelNames: ['source', 'vendor', 'method', 'route', 'status'],
    registers,
  });
  const vendorLatency = new Histogram({
    name: 'timegate_vendor_request_duration_seconds',
    help: 'Time from sending a vendor request to its whole response (or failure)',
    labelNames: ['source', 'vendor', 'method', 'route'],
    buckets: LATENCY_BUCKETS,
    registers,
  });
  const limiterWaits = new Counter({
    name: 'timegate_rate_limiter_waits_total',
    help: 'Vendor requests that had to wait for the client-side rate limiter',
    labelNames: ['source'],
    registers,
  });
  const limiterWaitSeconds = new Counter({
    name: 'timegate_rate_limiter_wait_seconds_total',
    help: 'Total time vendor requests waited for the rate limiter',
    labelNames: ['source'],
    registers,
  });
  const cacheLookups = new Counter({
    name: 'timegate_cache_lookups_total',
    help: 'Vendor response cache lookups, by source and result (hit or miss)',
    labelNames: ['source', 'result'],
    registers,
  });
  const graphqlErrors = new Counter({
    name: 'timegate_graphql_errors_total',
    help: 'Errors in GraphQL responses, by extensions.code',
    labelNames: ['code'],
    registers,
  });

  const breakers = new Map<string, () => BreakerState>();
  new Gauge({
    name: 'timegate_circuit_breaker_state',
    help: 'Circuit breaker per source: 1 on the current state (closed, half-open, open), 0 on the others',
    labelNames: ['source', 'state'],
    registers,
    collect() {
      for (const [source, read] of breakers) {
        const current = read();
        for (const state of BREAKER_STATES) this.set({ source, state }, state === current ? 1 : 0);
      }
    },
  });

  let runs: () => MigrationSnapshot[] = () => [];
  new Gauge({
    name: 'timegate_migration_records',
    help: 'Records of each running migration: "planned" in scope and "done" so far, by entity',
    labelNames: ['migration', 'from', 'to', 'entity', 'kind'],
    registers,
    collect() {
      // Finished runs drop out, so the series of a run ends with it.
      this.reset();
      for (const run of runs()) {
        const base = { migration: run.id, from: run.options.from, to: run.options.to };
        for (const c of run.counts) {
          this.set({ ...base, entity: c.entity, kind: 'planned' }, c.total);
          this.set({ ...base, entity: c.entity, kind: 'done' }, c.done);
        }
      }
    },
  });
  new Gauge({
    name: 'timegate_migrations_running',
    help: 'Migrations running in this gateway',
    registers,
    collect() {
      this.set(runs().length);
    },
  });

  const vendor: VendorObserver = {
    request(source, vendorName, info) {
      const route = routeTemplate(info.path);
      vendorRequests.inc({ source, vendor: vendorName, method: info.method, route, status: info.status === null ? 'none' : String(info.status) });
      vendorLatency.observe({ source, vendor: vendorName, method: info.method, route }, info.durationMs / 1000);
      // Sub-millisecond "waits" are the limiter's bookkeeping, not a wait.
      if (info.waitedMs >= 1) {
        limiterWaits.inc({ source });
        limiterWaitSeconds.inc({ source }, info.waitedMs / 1000);
      }
    },
    cache(source, hit) {
      cacheLookups.inc({ source, result: hit ? 'hit' : 'miss' });
    },
    breaker(source, read) {
      breakers.set(source, read);
    },
  };

  return {
    registry,
    vendor,
    graphqlErrors(codes) {
      for (const code of codes) graphqlErrors.inc({ code });
    },
    watchMigrations(read) {
      runs = read;
    },
    yogaPlugin: () =>
      usePrometheus({
        registry,
        // Served by metricsEndpoint, which applies the credential rules first.
        endpoint: false,
        // The raw URL would put every query string in a label.
        labels: { url: false },
        metrics: {
          graphql_envelop_request: true,
          graphql_envelop_request_duration: true,
          graphql_envelop_error_result: true,
          graphql_yoga_http_duration: true,
          graphql_envelop_request_time_summary: false,
          graphql_envelop_deprecated_field: false,
          graphql_envelop_phase_parse: false,
          graphql_envelop_phase_validate: false,
          graphql_envelop_phase_context: false,
          graphql_envelop_phase_execute: false,
          graphql_envelop_phase_subscribe: false,
          graphql_envelop_schema_change: false,
        },
      }),
  };
}
