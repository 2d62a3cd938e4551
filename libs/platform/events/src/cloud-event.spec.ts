import { fromBusMessage, MalformedEventError, toBusMessage } from './cloud-event';
import { backoffDelay } from './backoff';
import { isTransient } from './event-consumer';

describe('CloudEvents binary mode', () => {
  const event = {
    id: '0196a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b',
    type: 'maintenance.work-order.completed.v1',
    source: 'houqin/maintenance',
    subject: 'wo-1',
    time: '2026-11-23T08:00:00.000Z',
    data: { workOrderId: 'wo-1', parts: [] },
    traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
    tracestate: null,
  };

  it('round-trips attributes through ce_* headers and the JSON value', () => {
    const message = toBusMessage('maintenance.work-order.v1', 'wo-1', event);
    expect(message.headers).toMatchObject({
      ce_specversion: '1.0',
      ce_type: event.type,
      ce_id: event.id,
      'content-type': 'application/json',
      traceparent: event.traceparent,
    });
    expect(message.key).toBe('wo-1');
    expect(fromBusMessage(message)).toEqual(event);
  });

  it('rejects messages that are not CloudEvents', () => {
    const message = toBusMessage('t.a.v1', 'k', event);
    expect(() => fromBusMessage({ value: message.value, headers: { ...message.headers, ce_id: '' } })).toThrow(MalformedEventError);
    expect(() => fromBusMessage({ value: '{not json', headers: message.headers })).toThrow('value is not JSON');
    expect(() => fromBusMessage({ value: message.value, headers: { ...message.headers, ce_specversion: '0.3' } })).toThrow('unsupported specversion');
  });
});

describe('delivery rules', () => {
  it('backs off exponentially with jitter, capped', () => {
    expect(backoffDelay(1, 200, 5000, () => 0)).toBe(100);
    expect(backoffDelay(3, 200, 5000, () => 1)).toBe(800);
    expect(backoffDelay(20, 200, 5000, () => 1)).toBe(5000);
  });

  it('treats infrastructure failures as transient and bad data as not', () => {
    expect(isTransient(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(isTransient({ message: 'terminating connection due to administrator command', code: '57P01' })).toBe(true);
    expect(isTransient(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isTransient({ message: 'duplicate key value', code: '23505' })).toBe(false);
    expect(isTransient(new Error('item not found'))).toBe(false);
  });
});
