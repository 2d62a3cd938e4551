import { Body, Controller, Get, Param, Post, Put, Req, Res, UseFilters, UseGuards } from '@nestjs/common';
import { pickLocale } from '@houqin/platform-errors';
import type { Bundle, CapabilityStatement, OperationOutcome } from '@medplum/fhirtypes';
import type { Response } from 'express';
import { capabilityStatement } from './capability-statement';
import { transactionResponse } from './fhir-bundle';
import { FhirCallerGuard, FhirRequest } from './fhir-caller.guard';
import { FHIR_JSON, FhirExceptionFilter } from './fhir-exception.filter';
import { FhirAnswer } from './fhir-reception';
import { operationOutcome } from './operation-outcome';
import { ReceiveFhirEncounter } from './receive-fhir-encounter.use-case';
import { ReceiveFhirNotification } from './receive-fhir-notification.use-case';
import { ReceiveFhirTransaction } from './receive-fhir-transaction.use-case';

/**
 * The HIS's FHIR R4 door (docs/his-interface.md): Encounter create and update, transaction Bundles of them, rest-hook
 * notifications, and the CapabilityStatement. Every call needs the HIS's bearer token (FhirCallerGuard); every answer
 * is FHIR JSON, refusals OperationOutcomes (FhirExceptionFilter).
 */
@Controller('fhir')
@UseGuards(FhirCallerGuard)
@UseFilters(FhirExceptionFilter)
export class FhirController {
  constructor(
    private readonly receiveFhirEncounterUseCase: ReceiveFhirEncounter,
    private readonly receiveFhirTransactionUseCase: ReceiveFhirTransaction,
    private readonly receiveFhirNotificationUseCase: ReceiveFhirNotification,
  ) {}

  @Get('metadata')
  metadata(@Res({ passthrough: true }) response: Response): CapabilityStatement {
    response.type(FHIR_JSON);
    return capabilityStatement();
  }

  @Post('Encounter')
  async create(@Req() request: FhirRequest, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<OperationOutcome> {
    return answer(request, response, await this.receiveFhirEncounterUseCase.execute(request.identity!, body));
  }

  @Put('Encounter/:id')
  async update(
    @Req() request: FhirRequest,
    @Param('id') id: string,
    @Body() body: unknown,
    @Res({ passthrough: true }) response: Response,
  ): Promise<OperationOutcome> {
    return answer(request, response, await this.receiveFhirEncounterUseCase.execute(request.identity!, body, id));
  }

  @Post()
  async transaction(@Req() request: FhirRequest, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<Bundle> {
    const answers = await this.receiveFhirTransactionUseCase.execute(request.identity!, body);
    response.status(200).type(FHIR_JSON);
    return transactionResponse(answers, pickLocale(request.headers['accept-language']));
  }

  @Post('notify')
  async notify(@Req() request: FhirRequest, @Body() body: unknown, @Res({ passthrough: true }) response: Response): Promise<OperationOutcome> {
    return answer(request, response, await this.receiveFhirNotificationUseCase.execute(request.identity!, body));
  }
}

function answer(request: FhirRequest, response: Response, result: FhirAnswer): OperationOutcome {
  response.status(result.status).type(FHIR_JSON);
  return operationOutcome(result.issues, pickLocale(request.headers['accept-language']));
}
