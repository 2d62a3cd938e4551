import { Module } from '@nestjs/common';
import { DeliveryPlan } from './delivery-plan';
import { DeliveryRepository } from './delivery.repository';
import { DeliveryResolver } from './delivery.resolver';
import { DeliveryWorker } from './delivery-worker';
import { ResendDelivery } from './resend-delivery.use-case';

@Module({ providers: [DeliveryPlan, DeliveryWorker, DeliveryRepository, ResendDelivery, DeliveryResolver], exports: [DeliveryPlan] })
export class DeliveryModule {}
