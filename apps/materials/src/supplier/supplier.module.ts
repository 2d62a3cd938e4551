import { Module } from '@nestjs/common';
import { OrgReplicaModule } from '@houqin/platform-org-replica';
import { CatalogueModule } from '../catalogue/catalogue.module';
import { ContractPriceBook } from './contract-price-book';
import { CreateSupplierContract } from './create-supplier-contract.use-case';
import { CreateSupplier } from './create-supplier.use-case';
import { DecidePriceException } from './decide-price-exception.use-case';
import { PriceExceptionRepository } from './price-exception.repository';
import { PriceExceptionResolver } from './price-exception.resolver';
import { RequestPriceException } from './request-price-exception.use-case';
import { SupplierContractRepository } from './supplier-contract.repository';
import { SupplierContractResolver } from './supplier-contract.resolver';
import { SupplierRepository } from './supplier.repository';
import { SupplierResolver } from './supplier.resolver';
import { TerminateSupplierContract } from './terminate-supplier-contract.use-case';
import { UpdateSupplier } from './update-supplier.use-case';

/** Suppliers, their contracts with price lists, and price exceptions; purchasing uses the repository and the price book. */
@Module({
  imports: [OrgReplicaModule, CatalogueModule],
  providers: [
    SupplierRepository,
    SupplierContractRepository,
    PriceExceptionRepository,
    ContractPriceBook,
    SupplierResolver,
    SupplierContractResolver,
    PriceExceptionResolver,
    CreateSupplier,
    UpdateSupplier,
    CreateSupplierContract,
    TerminateSupplierContract,
    RequestPriceException,
    DecidePriceException,
  ],
  exports: [SupplierRepository, ContractPriceBook],
})
export class SupplierModule {}
