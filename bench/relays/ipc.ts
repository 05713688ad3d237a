/** The two messages between the benchmark and the measure hook inside each relay process. */
export type RelayRequest = { type: 'measure'; id: number; gc: boolean };

export type RelayMeasurement = {
  type: 'measurement';
  id: number;
  rssBytes: number;
  heapUsedBytes: number;
  externalBytes: number;
  cpuUserMicros: number;
  cpuSystemMicros: number;
  gcAvailable: boolean;
};
