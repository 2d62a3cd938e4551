// @apollo/gateway reports usage to Apollo and probes cloud metadata unless this is set; hospital networks are closed.
process.env.APOLLO_TELEMETRY_DISABLED = 'true';

import { startTelemetry } from '@houqin/platform-telemetry';

startTelemetry('gateway');
