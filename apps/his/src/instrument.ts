import { startTelemetry } from '@houqin/platform-telemetry';

// PIPL: a FHIR path carries the HIS's own resource id (an Encounter's is the visit's), which spans must not record.
startTelemetry('his', { redactPath: (path) => path.replace(/\?.*$/, '').replace(/^\/fhir\/([A-Za-z]+)\/[^/]+/, '/fhir/$1/:id') });
