/** The Socket Mode connection as the health check reports it (the client's own state names). */
export type ConnectionState = "connecting" | "connected" | "reconnecting" | "disconnecting" | "disconnected";

export interface ConnectionStatus {
  state: ConnectionState;
  since: Date;
}

export interface ConnectionWatch {
  status(): ConnectionStatus;
  /** Stops following the client's events. */
  stop(): void;
}

/** What we need of @slack/socket-mode's SocketModeClient: its events. */
export interface ConnectionEvents {
  on(event: string, listener: () => void): unknown;
  off(event: string, listener: () => void): unknown;
}

/**
 * Client event → state. `authenticated` comes between `connecting` and `connected` (the WebSocket URL is
 * known, Slack has not said hello yet). `close` is the WebSocket closing: the client emits nothing else
 * until it tries again after a delay, so without it a dropped connection would still read "connected".
 */
const EVENT_STATES: Record<string, ConnectionState> = {
  connecting: "connecting",
  authenticated: "connecting",
  connected: "connected",
  reconnecting: "reconnecting",
  disconnecting: "disconnecting",
  disconnected: "disconnected",
  close: "disconnected",
};

/** Follows a Socket Mode client's connection from its events; starts "disconnected" until it connects. */
export function followConnection(
  client: ConnectionEvents,
  clock: () => Date = () => new Date(),
): ConnectionWatch {
  let current: ConnectionStatus = { state: "disconnected", since: clock() };
  const listeners = Object.entries(EVENT_STATES).map(([event, state]) => {
    const listener = () => {
      if (current.state !== state) current = { state, since: clock() };
    };
    client.on(event, listener);
    return [event, listener] as const;
  });
  return {
    status: () => ({ ...current }),
    stop: () => {
      for (const [event, listener] of listeners) client.off(event, listener);
    },
  };
}
