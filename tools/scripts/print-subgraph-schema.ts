/**
 * Prints a service's subgraph SDL without a database or Kafka: the service module is compiled with the
 * infrastructure providers replaced, and the schema Nest builds from the resolvers is printed as Apollo
 * Federation sees it. One service per process (GraphQL type names are global in a process).
 *   node -r @swc-node/register tools/scripts/print-subgraph-schema.ts maintenance
 * With `--registrations` it prints instead, as JSON, the consumer groups and scheduled jobs the platform finds
 * among the module's providers (the event catalogue's consumer table is made from it), and the roles each query and
 * mutation admits (docs/roles.md).
 */
import 'reflect-metadata';
import { Type } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { Test } from '@nestjs/testing';
import { printSubgraphSchema } from '@apollo/subgraph';
import { IdentityTokenVerifier } from '@houqin/platform-auth';
import { operationRoles } from '@houqin/platform-graphql';
import { KafkaBus, OutboxRelay } from '@houqin/platform-events';
import { discoverRegistrations, PlatformLifecycle, SERVICE_CONFIG } from '@houqin/platform-service';
import { DataSource } from 'typeorm';
import { SUBGRAPHS } from './subgraphs';

/** Settings a service checks at start-up; printing its schema signs nothing, so throwaway values do (his's MLLP listener takes any free port). */
const THROWAWAY_SETTINGS = {
  QR_LABEL_SECRET: 'schema-printing-only-'.padEnd(32, '-'),
  PORTAL_TOKEN_PRIVATE_JWK: '{}',
  PORTAL_BASE_URL: 'http://127.0.0.1',
  HIS_MLLP_PORT: '0',
  // Start-up lines (his's listener) would land in the printed schema.
  LOG_LEVEL: 'error',
};

async function main(): Promise<void> {
  for (const [name, value] of Object.entries(THROWAWAY_SETTINGS)) process.env[name] ??= value;
  const name = process.argv[2];
  const subgraph = SUBGRAPHS.find((s) => s.name === name);
  if (!subgraph) throw new Error(`unknown service ${name}; known: ${SUBGRAPHS.map((s) => s.name).join(', ')}`);
  const module = (await import(`../../apps/${name}/src/${name}.module`))[subgraph.moduleExport] as Type<unknown>;
  const testing = await Test.createTestingModule({ imports: [module] })
    .overrideProvider(DataSource)
    .useValue({})
    .overrideProvider(KafkaBus)
    .useValue({})
    .overrideProvider(OutboxRelay)
    .useValue({})
    .overrideProvider(IdentityTokenVerifier)
    .useValue({})
    .overrideProvider(SERVICE_CONFIG)
    .useValue({})
    .overrideProvider(PlatformLifecycle)
    .useValue({})
    .setLogger({ log: () => undefined, error: (m: unknown) => console.error(m), warn: () => undefined })
    .compile();
  const app = testing.createNestApplication({ logger: false });
  await app.init();
  if (process.argv.includes('--registrations')) {
    const { consumerGroups, jobs } = discoverRegistrations(app.get(DiscoveryService), name);
    const described = {
      consumerGroups: consumerGroups.map((g) => ({ groupId: g.groupId, handlers: g.handlers.map((h) => ({ type: h.handler.contract.type, does: h.does })) })),
      jobs: jobs.map((j) => ({ name: j.name, intervalMs: j.intervalMs })),
      operations: operationRoles(app.get(DiscoveryService)),
    };
    process.stdout.write(`${JSON.stringify(described)}\n`);
  } else {
    process.stdout.write(`${printSubgraphSchema(app.get(GraphQLSchemaHost).schema).trim()}\n`);
  }
  await app.close();
}

// Exit explicitly once the SDL is written: the testing module leaves timers behind.
main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
