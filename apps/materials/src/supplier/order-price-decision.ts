import { DomainError } from '@houqin/platform-errors';
import { exceptionUnusableReason, PriceExceptionFacts } from './price-exception-rules';
import { yuan } from './supplier-contract-rules';

/** One order line as purchasing asks about it (ContractPriceBook.checkOrderPrices). */
export interface OrderPriceQuestion {
  supplierId: string;
  campusId: string;
  itemId: string;
  quantity: number;
  unitPriceFen: number;
  /** YYYY-MM-DD, China date. */
  on: string;
  priceExceptionId: string | null;
}

export interface OrderPriceAnswer {
  contractId: string | null;
  contractNo: string | null;
  contractPriceFen: number | null;
  priceExceptionId: string | null;
}

/** The contract price in force for the line's supplier, campus, item and day. */
export interface ContractPriceOnDay {
  contractId: string;
  contractNo: string;
  unitPriceFen: number;
}

/** How errors name the line's item ("name (code)") and supplier. */
export interface OrderLineLabels {
  item: string;
  supplier: string;
}

/**
 * The price rule for one order line. At or below the contract price it passes on the contract (an exception
 * named anyway is left unused for another order). Above it, or with no contract price at all (合同外采购), it
 * passes only on a usable exception: approved, unexpired, unused, for the same supplier, campus and item, at a
 * price at least the line's and a quantity at least the line's. `exception` is the row the line names (null
 * when it names none or the id does not exist); `namedTwice` when another line of the order names it too.
 */
export function decideOrderPrice(
  line: OrderPriceQuestion,
  contract: ContractPriceOnDay | null,
  exception: PriceExceptionFacts | null,
  labels: OrderLineLabels,
  namedTwice = false,
): OrderPriceAnswer {
  const onContract = {
    contractId: contract?.contractId ?? null,
    contractNo: contract?.contractNo ?? null,
    contractPriceFen: contract?.unitPriceFen ?? null,
  };
  if (contract && line.unitPriceFen <= contract.unitPriceFen) return { ...onContract, priceExceptionId: null };
  if (line.priceExceptionId === null) {
    if (contract) {
      throw new DomainError('PRICE_ABOVE_CONTRACT', {
        item: labels.item,
        priceYuan: yuan(line.unitPriceFen),
        contractPriceYuan: yuan(contract.unitPriceFen),
        contractNo: contract.contractNo,
      });
    }
    throw new DomainError('PRICE_OFF_CONTRACT', { item: labels.item, supplier: labels.supplier });
  }
  const unusable = !exception
    ? { reason: 'it does not exist', reasonZh: '不存在' }
    : namedTwice
      ? { reason: 'it is named on more than one line; it covers one', reasonZh: '被订单中多行引用，一项例外只适用于一行' }
      : exceptionUnusableReason(exception, line);
  if (unusable) throw new DomainError('PRICE_EXCEPTION_NOT_USABLE', { id: line.priceExceptionId, ...unusable });
  return { ...onContract, priceExceptionId: exception!.id };
}
