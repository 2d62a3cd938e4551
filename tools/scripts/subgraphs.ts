export { SUBGRAPHS } from '@houqin/platform-local-infra';
