// Its own lib rather than part of `database`: numbering is a domain-facing concern with its own table and
// migration and it needs the Beijing calendar, while `database` is only the DataSource and scoping plumbing.
export * from './document-number';
export * from './document-number-counter';
