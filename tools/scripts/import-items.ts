/**
 * `npm run import -- <file> --kind catalogue|balances [--warehouse <id>] [--gateway <url>] [--token <token>]`:
 * uploads a CSV (UTF-8) or XLSX file through the gateway as an import job, draws its progress on stderr and, if
 * the file is refused, prints the validation report (row, column, reason) and exits with 1.
 * The token comes from --token, else HOUQIN_TOKEN, else (local mode) --login <demo login> from .data/demo-tokens.json.
 * --lang zh|en picks the report's language (default: from LANG, Chinese unless it starts with en).
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.csv': 'text/csv',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
const KINDS: Record<string, string> = { catalogue: 'CATALOGUE', balances: 'OPENING_BALANCES' };
const POLL_MS = 500;
const REPORT_LINES = 1000;

export interface ImportArgs {
  file: string;
  kind: 'CATALOGUE' | 'OPENING_BALANCES';
  warehouseId: string | null;
  gateway: string;
  token: string | null;
  login: string | null;
  lang: 'zh' | 'en';
}

interface JobStatus {
  id: string;
  status: 'QUEUED' | 'VALIDATING' | 'IMPORTING' | 'SUCCEEDED' | 'FAILED';
  totalRows: number | null;
  processedRows: number;
  errorCount: number;
}

interface RowError {
  row: number | null;
  column: string | null;
  reasonZh: string;
  reasonEn: string;
}

export class UsageError extends Error {}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv): ImportArgs {
  const options = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (!argv[i].startsWith('--')) positional.push(argv[i]);
    else if (i + 1 < argv.length) options.set(argv[i].slice(2), argv[++i]);
    else throw new UsageError(`${argv[i]} needs a value`);
  }
  const unknown = [...options.keys()].filter((name) => !['kind', 'warehouse', 'gateway', 'token', 'login', 'lang'].includes(name));
  if (unknown.length) throw new UsageError(`unknown option --${unknown[0]}`);
  if (positional.length !== 1) throw new UsageError('name one file');
  const kind = KINDS[options.get('kind') ?? ''];
  if (!kind) throw new UsageError('--kind catalogue or --kind balances');
  const warehouseId = options.get('warehouse') ?? null;
  if (kind === 'OPENING_BALANCES' && !warehouseId) throw new UsageError('--warehouse <id> is needed for balances');
  if (kind === 'CATALOGUE' && warehouseId) throw new UsageError('--warehouse is for balances only');
  const lang = options.get('lang') ?? ((env.LANG ?? '').startsWith('en') ? 'en' : 'zh');
  if (lang !== 'zh' && lang !== 'en') throw new UsageError('--lang zh or --lang en');
  return {
    file: positional[0],
    kind: kind as ImportArgs['kind'],
    warehouseId,
    gateway: options.get('gateway') ?? env.HOUQIN_GATEWAY ?? 'http://127.0.0.1:4000/graphql',
    token: options.get('token') ?? env.HOUQIN_TOKEN ?? null,
    login: options.get('login') ?? null,
    lang,
  };
}

/** `[#####.....] 12,000/20,000 rows  60%  IMPORTING`; the rows are unknown until the file has been read. */
export function progressLine(job: Pick<JobStatus, 'status' | 'totalRows' | 'processedRows'>, width = 30): string {
  const total = job.totalRows ?? 0;
  const fraction = total > 0 ? Math.min(1, job.processedRows / total) : 0;
  const filled = Math.round(fraction * width);
  const rows = job.totalRows === null ? '' : `${job.processedRows.toLocaleString('en')}/${total.toLocaleString('en')} rows  ${Math.floor(fraction * 100)}%  `;
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${rows}${job.status}`;
}

/** The validation report, one problem a line: row, column, reason. */
export function reportLines(errors: RowError[], errorCount: number, lang: 'zh' | 'en'): string[] {
  const lines = [lang === 'zh' ? '行\t列\t原因' : 'row\tcolumn\treason'];
  for (const e of errors) lines.push(`${e.row ?? '-'}\t${e.column ?? '-'}\t${lang === 'zh' ? e.reasonZh : e.reasonEn}`);
  if (errorCount > errors.length) {
    lines.push(lang === 'zh' ? `……另有 ${errorCount - errors.length} 个问题未列出` : `… and ${errorCount - errors.length} more problems`);
  }
  return lines;
}

function tokenOf(args: ImportArgs): string {
  if (args.token) return args.token;
  if (args.login) {
    const file = join(__dirname, '..', '..', '.data', 'demo-tokens.json');
    if (!existsSync(file)) throw new UsageError(`--login needs ${file} (written by npm start)`);
    const found = (JSON.parse(readFileSync(file, 'utf8')) as { login: string; token: string }[]).find((t) => t.login === args.login);
    if (!found) throw new UsageError(`no demo login ${args.login} in ${file}`);
    return found.token;
  }
  throw new UsageError('a token is needed: --token, HOUQIN_TOKEN or (local mode) --login <demo login>');
}

/** The gateway's route for base64 files (docs/architecture.md, Security): /graphql takes at most 256 KB. */
const uploadUrlOf = (gateway: string) => `${gateway.replace(/\/+$/, '')}/upload`;

async function graphql<T>(args: ImportArgs, token: string, query: string, variables: Record<string, unknown>, upload = false): Promise<T> {
  const response = await fetch(upload ? uploadUrlOf(args.gateway) : args.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'accept-language': args.lang === 'zh' ? 'zh-CN' : 'en' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: { message: string; extensions?: { code?: string } }[] };
  if (body.errors?.length || !body.data) {
    const error = body.errors?.[0];
    throw new Error(error ? `${error.message} (${error.extensions?.code ?? 'ERROR'})` : `HTTP ${response.status}`);
  }
  return body.data;
}

async function main(): Promise<number> {
  let args: ImportArgs;
  let token: string;
  try {
    args = parseArgs(process.argv.slice(2), process.env);
    token = tokenOf(args);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(
      `${error.message}\nusage: npm run import -- <file.csv|file.xlsx> --kind catalogue|balances [--warehouse <id>] [--gateway <url>] [--token <token> | --login <demo login>] [--lang zh|en]\n`,
    );
    return 2;
  }
  const contentType = CONTENT_TYPES[extname(args.file).toLowerCase()];
  if (!contentType) {
    process.stderr.write(`${args.file}: only .csv (UTF-8) and .xlsx files are imported\n`);
    return 2;
  }
  const base64 = readFileSync(args.file).toString('base64');
  const { startItemImport: job } = await graphql<{ startItemImport: JobStatus }>(
    args,
    token,
    `
      mutation ($input: StartItemImportInput!) {
        startItemImport(input: $input) {
          id
          status
          totalRows
          processedRows
          errorCount
        }
      }
    `,
    { input: { kind: args.kind, warehouseId: args.warehouseId, fileName: basename(args.file), contentType, base64 } },
    true,
  );
  process.stderr.write(`import job ${job.id}\n`);

  const tty = process.stderr.isTTY;
  let shown = '';
  let current = job;
  for (;;) {
    const line = progressLine(current);
    // On a terminal the bar redraws in place; in a log, a line only when the status or a tenth of the rows changes.
    const key = tty ? line : `${current.status} ${current.totalRows ? Math.floor((10 * current.processedRows) / current.totalRows) : ''}`;
    if (key !== shown) process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
    shown = key;
    if (current.status === 'SUCCEEDED' || current.status === 'FAILED') break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    current = (
      await graphql<{ importJob: JobStatus }>(
        args,
        token,
        `
          query ($id: ID!) {
            importJob(id: $id) {
              id
              status
              totalRows
              processedRows
              errorCount
            }
          }
        `,
        { id: job.id },
      )
    ).importJob;
  }
  if (tty) process.stderr.write('\n');
  if (current.status === 'SUCCEEDED') {
    const what = args.kind === 'CATALOGUE' ? (args.lang === 'zh' ? '个物资' : 'items') : args.lang === 'zh' ? '个批次' : 'lots';
    process.stdout.write(args.lang === 'zh' ? `已导入 ${current.processedRows} ${what}\n` : `imported ${current.processedRows} ${what}\n`);
    return 0;
  }
  const { importJob } = await graphql<{ importJob: { errors: RowError[] } }>(
    args,
    token,
    `
      query ($id: ID!, $first: Int!) {
        importJob(id: $id) {
          errors(first: $first) {
            row
            column
            reasonZh
            reasonEn
          }
        }
      }
    `,
    { id: job.id, first: REPORT_LINES },
  );
  process.stdout.write(`${reportLines(importJob.errors, current.errorCount, args.lang).join('\n')}\n`);
  process.stderr.write(args.lang === 'zh' ? '导入失败，未写入任何数据\n' : 'import failed; nothing was written\n');
  return 1;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
