import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

export interface MetricSources {
  connections(): number;
  loadedRooms(): number;
}

/** Rolling count of persisted updates over the last `windowSeconds`, for an updates/s gauge. */
class RollingRate {
  private readonly buckets: number[];
  private lastSecond = Math.floor(Date.now() / 1000);

  constructor(private readonly windowSeconds: number) {
    this.buckets = new Array<number>(windowSeconds).fill(0);
  }

  add(count: number): void {
    this.advance();
    this.buckets[this.lastSecond % this.windowSeconds]! += count;
  }

  perSecond(): number {
    this.advance();
    return this.buckets.reduce((a, b) => a + b, 0) / this.windowSeconds;
  }

  private advance(): void {
    const now = Math.floor(Date.now() / 1000);
    for (let s = this.lastSecond + 1; s <= now && s - this.lastSecond <= this.windowSeconds; s++) {
      this.buckets[s % this.windowSeconds] = 0;
    }
    this.lastSecond = Math.max(this.lastSecond, now);
  }
}

/**
 * The server's Prometheus metrics. One registry per server instance, so tests
 * can run several servers in one process.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly persisted: Counter;
  private readonly persistLatency: Histogram;
  private readonly roomLoad: Histogram;
  private readonly rate = new RollingRate(10);

  constructor(sources: MetricSources) {
    const registers = [this.registry];
    // Includes event-loop delay (nodejs_eventloop_lag_*), heap and RSS.
    collectDefaultMetrics({ register: this.registry });
    new Gauge({
      name: 'gweithdy_connections',
      help: 'Open WebSocket connections to /collab',
      registers,
      collect() {
        this.set(sources.connections());
      },
    });
    new Gauge({
      name: 'gweithdy_rooms_loaded',
      help: 'Documents loaded in memory',
      registers,
      collect() {
        this.set(sources.loadedRooms());
      },
    });
    const rate = this.rate;
    new Gauge({
      name: 'gweithdy_updates_per_second',
      help: 'Updates persisted per second, averaged over the last 10 seconds',
      registers,
      collect() {
        this.set(rate.perSecond());
      },
    });
    this.persisted = new Counter({
      name: 'gweithdy_updates_persisted_total',
      help: 'Document updates appended to the update log',
      registers,
    });
    this.persistLatency = new Histogram({
      name: 'gweithdy_persist_latency_seconds',
      help: 'Time to commit one group of updates to the update log',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.roomLoad = new Histogram({
      name: 'gweithdy_room_load_seconds',
      help: 'Time to load a document from storage (count = documents loaded)',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5, 10],
      registers,
    });
  }

  recordRoomLoad(seconds: number): void {
    this.roomLoad.observe(seconds);
  }

  recordPersisted(count: number, seconds: number): void {
    this.persisted.inc(count);
    this.rate.add(count);
    this.persistLatency.observe(seconds);
  }
}
