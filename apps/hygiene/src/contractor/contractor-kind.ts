/** What a campus buys from a contractor (保洁、洗涤、除四害、白蚁防治). */
export enum ContractorKind {
  CLEANING = 'CLEANING',
  LAUNDRY = 'LAUNDRY',
  PEST_CONTROL = 'PEST_CONTROL',
  TERMITE_CONTROL = 'TERMITE_CONTROL',
}
