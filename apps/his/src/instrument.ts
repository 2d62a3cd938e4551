import { startTelemetry } from '@houqin/platform-telemetry';

startTelemetry('his');
