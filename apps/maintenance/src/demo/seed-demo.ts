import { addDays, chinaInstant, chinaToday } from '@houqin/platform-calendar';
import { runSeed } from '@houqin/platform-local-infra';
import { mkdirSync, writeFileSync } from 'node:fs';
import {
  DEMO_ASSETS,
  DEMO_EAST_ROSTER,
  DEMO_INSPECTION_BODY,
  DEMO_LICENCE_AUTHORITY,
  DEMO_REPAIR_REQUESTS,
  DEMO_ROUTING,
  DEMO_SLA_TARGETS,
  DEMO_TECHNICIAN_LICENCES,
  DEMO_VENDORS,
  DEMO_PM_PLAN,
  DEMO_INSPECTION_ROUTE,
  DEMO_INTAKE_QUESTIONS,
  DEMO_LABOUR_RATES,
} from './demo-maintenance';

type Edges<T> = { edges: { node: T }[] };

const isoDay = (daysFromToday: number) => addDays(chinaToday(new Date()), daysFromToday);

/** Seeds routing tables, East's SLA targets, the asset register with certificates, and repair requests in flight. */
runSeed('maintenance', async ({ send }) => {
  const existing = await send<{ assets: { totalCount: number } }>(`{ assets(first: 1) { totalCount } }`);
  if (existing.assets.totalCount > 0) return 'already seeded';

  const { campuses } = await send<{ campuses: Edges<{ id: string; code: string }> }>(`{ campuses(first: 20) { edges { node { id code } } } }`);
  const campusIds = new Map(campuses.edges.map((e) => [e.node.code, e.node.id]));
  const locationIds = new Map<string, string>();
  const teamIds = new Map<string, string>();
  const staffIds = new Map<string, string>();
  const departmentIds = new Map<string, string>();
  const campusOfLocation = new Map<string, string>();
  for (const campusId of campusIds.values()) {
    const directory = await send<{
      locations: Edges<{ id: string; code: string }>;
      teams: Edges<{ id: string; name: string }>;
      staffMembers: Edges<{ id: string; employeeNo: string }>;
      departments: Edges<{ id: string; name: string }>;
    }>(
      `query($c: ID!) { locations(campusId: $c, first: 100) { edges { node { id code } } } teams(campusId: $c, first: 50) { edges { node { id name } } }
        staffMembers(campusId: $c, first: 100) { edges { node { id employeeNo } } }
        departments(campusId: $c, first: 100) { edges { node { id name } } } }`,
      { c: campusId },
    );
    for (const { node } of directory.locations.edges) {
      locationIds.set(node.code, node.id);
      campusOfLocation.set(node.code, campusId);
    }
    for (const { node } of directory.departments.edges) departmentIds.set(`${campusId}|${node.name}`, node.id);
    for (const { node } of directory.teams.edges) teamIds.set(`${campusId}|${node.name}`, node.id);
    for (const { node } of directory.staffMembers.edges) staffIds.set(node.employeeNo, node.id);
  }
  const required = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`${what} ${key} is missing: seed org first`);
    return value;
  };
  /** A department by name on the campus of a location, for places that have none of their own. */
  const departmentAt = (location: string | undefined, name: string | undefined) =>
    location && name ? required(departmentIds, `${required(campusOfLocation, location, 'location')}|${name}`, 'department') : undefined;

  // Maintenance learns the directory from org's events; on a first start they may still be on their way.
  const eastId = required(campusIds, DEMO_SLA_TARGETS.campus, 'campus');
  for (let attempt = 1; ; attempt++) {
    try {
      await send(`mutation($i: SetSlaTargetsInput!) { setSlaTargets(input: $i) { priority } }`, { i: { campusId: eastId, targets: DEMO_SLA_TARGETS.targets } });
      break;
    } catch (error) {
      if (attempt >= 60 || !String(error).includes('NOT_FOUND')) throw error;
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
  for (const campusId of campusIds.values()) {
    const rules = DEMO_ROUTING.filter((r) => teamIds.has(`${campusId}|${r.team}`)).map((r) => ({
      category: r.category,
      teamId: teamIds.get(`${campusId}|${r.team}`),
    }));
    await send(`mutation($i: SetRoutingRulesInput!) { setRoutingRules(input: $i) { category } }`, { i: { campusId, rules } });
  }

  const assetIds = new Map<string, string>();
  let certificates = 0;
  for (const asset of DEMO_ASSETS) {
    const { registerAsset } = await send<{ registerAsset: { id: string } }>(`mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id } }`, {
      i: {
        locationId: required(locationIds, asset.location, 'location'),
        departmentId: departmentAt(asset.location, asset.department),
        parentAssetId: asset.parent ? required(assetIds, asset.parent, 'asset') : undefined,
        assetNo: asset.assetNo,
        name: asset.name,
        category: asset.category,
        criticality: asset.criticality,
        registrationNo: asset.registrationNo,
        manufacturer: asset.manufacturer,
        model: asset.model,
        commissionedOn: asset.commissionedOn,
        warrantyEndsOn: asset.warrantyEndsOn,
      },
    });
    assetIds.set(asset.assetNo, registerAsset.id);
    if (asset.certificate) {
      const { certificateNo, inspectedDaysAgo, validForDays } = asset.certificate;
      await send(`mutation($i: RecordInspectionCertificateInput!) { recordInspectionCertificate(input: $i) { id } }`, {
        i: {
          assetId: registerAsset.id,
          certificateNo,
          inspectedOn: isoDay(-inspectedDaysAgo),
          validUntil: isoDay(validForDays - inspectedDaysAgo),
          inspectionBody: DEMO_INSPECTION_BODY,
        },
      });
      certificates += 1;
    }
  }

  for (const { employeeNo, ...licence } of DEMO_TECHNICIAN_LICENCES) {
    await send(`mutation($i: RecordTechnicianCertificateInput!) { recordTechnicianCertificate(input: $i) { id } }`, {
      i: { staffId: required(staffIds, employeeNo, 'staff member'), ...licence, issuingAuthority: DEMO_LICENCE_AUTHORITY },
    });
  }
  // Tomorrow in Beijing time, so every shift lies ahead whenever the demo starts.
  const tomorrow = chinaInstant(isoDay(1)).getTime();
  await send(`mutation($i: ScheduleDutyShiftsInput!) { scheduleDutyShifts(input: $i) { id } }`, {
    i: {
      campusId: eastId,
      shifts: DEMO_EAST_ROSTER.map((shift) => ({
        staffId: required(staffIds, shift.employeeNo, 'staff member'),
        kind: shift.kind,
        startsAt: new Date(tomorrow + shift.startHour * 3_600_000).toISOString(),
        endsAt: new Date(tomorrow + (shift.startHour + shift.hours) * 3_600_000).toISOString(),
      })),
    },
  });

  const campusId = (code: string) => required(campusIds, code, 'campus');
  const teamOf = (campus: string, name: string) => required(teamIds, `${campusId(campus)}|${name}`, 'team');
  for (const { vendor, contract } of DEMO_VENDORS) {
    const { registerVendor } = await send<{ registerVendor: { id: string } }>(`mutation($i: RegisterVendorInput!) { registerVendor(input: $i) { id } }`, {
      i: vendor,
    });
    const { campuses: covered, ...terms } = contract;
    await send(`mutation($i: CreateVendorContractInput!) { createVendorContract(input: $i) { id } }`, {
      i: { vendorId: registerVendor.id, campusIds: covered.map(campusId), startsOn: isoDay(-30), endsOn: isoDay(335), ...terms },
    });
  }
  const { campus: pmCampus, team: pmTeam, ...plan } = DEMO_PM_PLAN;
  await send(`mutation($i: CreatePmPlanInput!) { createPmPlan(input: $i) { id } }`, {
    i: { ...plan, campusId: campusId(pmCampus), teamId: teamOf(pmCampus, pmTeam), trigger: { ...plan.trigger, startsOn: isoDay(3) } },
  });
  const { campus: routeCampus, team: routeTeam, checkpoints, ...route } = DEMO_INSPECTION_ROUTE;
  await send(`mutation($i: DefineInspectionRouteInput!) { defineInspectionRoute(input: $i) { id } }`, {
    i: {
      ...route,
      campusId: campusId(routeCampus),
      teamId: teamOf(routeCampus, routeTeam),
      checkpoints: checkpoints.map(({ location, asset, ...checkpoint }, index) => ({
        ...checkpoint,
        sequence: index + 1,
        locationId: required(locationIds, location, 'location'),
        assetId: required(assetIds, asset, 'asset'),
      })),
    },
  });
  await send(`mutation($i: SetIntakeQuestionsInput!) { setIntakeQuestions(input: $i) { key } }`, { i: DEMO_INTAKE_QUESTIONS });
  for (const rate of DEMO_LABOUR_RATES) {
    await send(`mutation($i: SetLabourRateInput!) { setLabourRate(input: $i) { fenPerHour } }`, {
      i: {
        campusId: campusId(rate.campus),
        teamId: rate.team ? teamOf(rate.campus, rate.team) : undefined,
        fenPerHour: rate.fenPerHour,
        effectiveFrom: '2026-01-01',
      },
    });
  }

  for (const request of DEMO_REPAIR_REQUESTS) {
    const { submitRepairRequest } = await send<{ submitRepairRequest: { id: string } }>(
      `mutation($i: SubmitRepairRequestInput!) { submitRepairRequest(input: $i) { id } }`,
      {
        i: {
          locationId: request.location ? required(locationIds, request.location, 'location') : undefined,
          assetId: request.asset ? required(assetIds, request.asset, 'asset') : undefined,
          departmentId: departmentAt(request.location, request.department),
          category: request.category,
          priority: request.priority,
          title: request.title,
          description: request.description,
        },
      },
    );
    if (request.dispatchTo) {
      await send(`mutation($i: DispatchWorkOrderInput!) { dispatchWorkOrder(input: $i) { id } }`, {
        i: { workOrderId: submitRepairRequest.id, technicianId: required(staffIds, request.dispatchTo, 'staff member') },
      });
    }
  }
  // 扫码报修: East's first building printed as a label sheet; any of its QR links opens the scan page.
  const { buildings } = await send<{ buildings: Edges<{ id: string; name: string }> }>(
    `query($c: ID!) { buildings(campusId: $c, first: 1) { edges { node { id name } } } }`,
    {
      c: eastId,
    },
  );
  const building = buildings.edges[0].node;
  const { printRepairLabelSheet: sheet } = await send<{ printRepairLabelSheet: { pdfBase64: string; pages: number; labels: { url: string }[] } }>(
    `mutation($i: PrintRepairLabelSheetInput!) { printRepairLabelSheet(input: $i) { pdfBase64 pages labels { url } } }`,
    { i: { buildingId: building.id } },
  );
  mkdirSync('.data', { recursive: true });
  writeFileSync('.data/demo-repair-labels.pdf', Buffer.from(sheet.pdfBase64, 'base64'));

  return `${DEMO_ASSETS.length} assets (${certificates} certificates), routing tables for ${campusIds.size} campuses, ${DEMO_TECHNICIAN_LICENCES.length} technician licences, ${DEMO_EAST_ROSTER.length} East duty shifts, a vendor with its contract, a PM plan, an inspection route, leak questions, labour rates, ${DEMO_REPAIR_REQUESTS.length} repair requests, ${sheet.labels.length} repair labels for ${building.name} (.data/demo-repair-labels.pdf; scan page e.g. ${sheet.labels[0].url})`;
});
