/**
 * Whether this instance should receive traffic. It starts "starting", becomes "ready" once
 * listening, and turns "stopping" at SIGTERM so the load balancer drains it before it exits.
 */
export class Lifecycle {
  state: 'starting' | 'ready' | 'stopping' = 'starting';

  get stopping(): boolean {
    return this.state === 'stopping';
  }
}
