import { startTelemetry } from '@houqin/platform-telemetry';

startTelemetry('hygiene');
