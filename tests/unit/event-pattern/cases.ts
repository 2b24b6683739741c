/**
 * A conformance table for the EventBridge event-pattern matcher: each case is a pattern, an event
 * and what Amazon EventBridge answers (true / false), or 'invalid' with the reason EventBridge
 * gives. Sources are cited per group:
 *
 * [UG]   Amazon EventBridge User Guide: "Event patterns", "Content filtering in event patterns",
 *        "Comparison operators", "Arrays in event patterns", "Matching null values and empty strings".
 * [ER]   aws/event-ruler: README.md and the rule compiler / matcher sources and tests
 *        (JsonRuleCompiler, ByteMachine, ACFinder, CIDR, ComparableNumber, WildcardParser).
 * [LS]   localstack/localstack tests/aws/services/events/event_pattern_templates/*.json5 and
 *        test_events_patterns.snapshot.json — cases recorded against real AWS TestEventPattern
 *        (the file name is given; _NEG means no match, _EXC an InvalidEventPatternException).
 *
 * Patterns and events are written as JSON text where the text matters (number forms, duplicate
 * keys), as objects otherwise.
 */

export type Expected = boolean | 'invalid';

export interface Case {
  readonly name: string;
  readonly pattern: string | object;
  readonly event: string | object;
  readonly expected: Expected;
  /** For 'invalid': the reason EventBridge reports after "Event pattern is not valid. Reason: ". */
  readonly reason?: string;
}

/** The EC2 event of the event-ruler README and the user guide. */
export const EC2_EVENT = {
  version: '0',
  id: 'ddddd4-aaaa-7777-4444-345dd43cc333',
  'detail-type': 'EC2 Instance State-change Notification',
  source: 'aws.ec2',
  account: '012345679012',
  time: '2017-10-02T16:24:49Z',
  region: 'us-east-1',
  resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
  detail: {
    'c-count': 5,
    'd-count': 3,
    'x-limit': 301.8,
    'source-ip': '10.0.0.33',
    'instance-id': 'i-000000aaaaaa00000',
    state: 'running',
  },
};

/** An envelope like the ones LocalStack sends to AWS, with `detail` and extra top-level members. */
export function envelope(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    id: '1',
    source: 'test-source',
    'detail-type': 'test-detail-type',
    account: '123456789012',
    region: 'us-east-2',
    time: '2022-07-13T13:48:01Z',
    ...extra,
  };
}

const withDetail = (detail: unknown): Record<string, unknown> => envelope({ detail });

const match = (name: string, pattern: string | object, event: string | object): Case => ({
  name,
  pattern,
  event,
  expected: true,
});
const miss = (name: string, pattern: string | object, event: string | object): Case => ({
  name,
  pattern,
  event,
  expected: false,
});
const invalid = (name: string, pattern: string | object, reason: string): Case => ({
  name,
  pattern,
  event: EC2_EVENT,
  expected: 'invalid',
  reason,
});

// ---------------------------------------------------------------------------------------------
// [ER] README "Ruler by example" and [UG] "Event patterns": exact values, AND across fields,
// OR within a field's list, envelope fields matched like any other.
export const EXACT: Case[] = [
  match(
    'README simple match',
    {
      'detail-type': ['EC2 Instance State-change Notification'],
      resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-000000aaaaaa00000'],
      detail: { state: ['initializing', 'running'] },
    },
    EC2_EVENT,
  ),
  match('source exact', { source: ['aws.ec2'] }, EC2_EVENT),
  miss('source differs', { source: ['aws.s3'] }, EC2_EVENT),
  match('list is OR', { source: ['aws.s3', 'aws.ec2'] }, EC2_EVENT),
  miss('fields are AND', { source: ['aws.ec2'], region: ['eu-west-1'] }, EC2_EVENT),
  match('account envelope field', { account: ['012345679012'] }, EC2_EVENT),
  miss('account is a string, not a number', { account: [12345679012] }, EC2_EVENT),
  match('region envelope field', { region: ['us-east-1'] }, EC2_EVENT),
  match('id envelope field', { id: ['ddddd4-aaaa-7777-4444-345dd43cc333'] }, EC2_EVENT),
  match('version envelope field', { version: ['0'] }, EC2_EVENT),
  miss('version "0" is not the number 0', { version: [0] }, EC2_EVENT),
  match('time envelope field', { time: ['2017-10-02T16:24:49Z'] }, EC2_EVENT),
  match(
    'detail-type with source',
    { source: ['aws.ec2'], 'detail-type': ['EC2 Instance State-change Notification'] },
    EC2_EVENT,
  ),
  miss('matching is case sensitive', { source: ['AWS.EC2'] }, EC2_EVENT),
  miss('key names are case sensitive (LS key_case_sensitive_NEG)', { Source: ['aws.ec2'] }, EC2_EVENT),
  miss('field absent from the event', { detail: { nope: ['x'] } }, EC2_EVENT),
  miss('unknown top-level field', { nonesuch: ['x'] }, EC2_EVENT),
  match('nested detail field', { detail: { 'instance-id': ['i-000000aaaaaa00000'] } }, EC2_EVENT),
  miss('nesting must follow the event', { 'instance-id': ['i-000000aaaaaa00000'] }, EC2_EVENT),
  match(
    'all fields of the README complex example',
    { source: ['aws.ec2'], detail: { state: ['running'], 'c-count': [5], 'source-ip': ['10.0.0.33'] } },
    EC2_EVENT,
  ),
  miss('no padding or trimming', { source: ['aws.ec2 '] }, EC2_EVENT),
  match('unicode value', { detail: { city: ['Zürich'] } }, withDetail({ city: 'Zürich' })),
  miss('no unicode normalization (NFC vs NFD)', { detail: { city: ['Zürich'] } }, withDetail({ city: 'Zu\u0308rich' })),
  match('string with quote inside', { detail: { s: ['say "hi"'] } }, withDetail({ s: 'say "hi"' })),
  match('deeply nested', { detail: { a: { b: { c: { d: ['x'] } } } } }, withDetail({ a: { b: { c: { d: 'x' } } } })),
  miss('pattern deeper than the event', { detail: { a: { b: ['x'] } } }, withDetail({ a: 'x' })),
  miss('pattern shallower than the event', { detail: { a: ['x'] } }, withDetail({ a: { b: 'x' } })),
  match(
    'sample: LS sample1-like multi field',
    { source: ['test-source'], 'detail-type': ['test-detail-type'], detail: { k: ['v'] } },
    withDetail({ k: 'v' }),
  ),
  match('LS minimal', { source: ['test-source'] }, envelope({})),
  match('LS string', { string: ['my-value'] }, envelope({ string: 'my-value' })),
  match(
    'last duplicate key wins in the pattern (UG note)',
    '{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}',
    withDetail({ location: 'eu-west' }),
  ),
  miss(
    'the overridden duplicate no longer applies',
    '{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}',
    withDetail({ location: 'us-east' }),
  ),
  match(
    'LS complex_multi_key: overridden key ignored',
    '{"detail":{"location":[{"prefix":"us-"}],"location":[{"anything-but":"us-east"}]}}',
    withDetail({ location: 'ca-central' }),
  ),
  match(
    'duplicate nested objects both apply',
    '{"detail":{"a":["1"]},"detail":{"b":["2"]}}',
    withDetail({ a: '1', b: '2' }),
  ),
  miss(
    'duplicate nested objects both apply (second unmet)',
    '{"detail":{"a":["1"]},"detail":{"b":["2"]}}',
    withDetail({ a: '1', b: '3' }),
  ),
  match('duplicate keys in the event are both fields', { detail: { a: ['2'] } }, '{"detail":{"a":"1","a":"2"}}'),
  miss(
    'detail as a JSON string is not an object (LS nested_json_NEG)',
    { detail: { 'my-key': ['my-value'] } },
    withDetail('{"my-key": "my-value"}'),
  ),
];

// [UG] "Matching null values and empty strings", [LS] null_value, string_empty, boolean.
export const NULL_EMPTY_BOOLEAN: Case[] = [
  match(
    'null matches null (UG)',
    { detail: { responseElements: [null] } },
    withDetail({ eventVersion: '', responseElements: null }),
  ),
  match(
    'empty string matches empty string (UG)',
    { detail: { eventVersion: [''] } },
    withDetail({ eventVersion: '', responseElements: null }),
  ),
  miss(
    'empty string does not match null (UG)',
    { detail: { responseElements: [''] } },
    withDetail({ responseElements: null }),
  ),
  miss('null does not match empty string (UG)', { detail: { eventVersion: [null] } }, withDetail({ eventVersion: '' })),
  miss('null does not match a missing field', { detail: { nope: [null] } }, withDetail({})),
  miss('null does not match "null"', { detail: { a: [null] } }, withDetail({ a: 'null' })),
  miss('"null" does not match null', { detail: { a: ['null'] } }, withDetail({ a: null })),
  match('true matches true (LS boolean)', { detail: { b: [true] } }, withDetail({ b: true })),
  miss('true does not match false (LS boolean_NEG)', { detail: { b: [true] } }, withDetail({ b: false })),
  miss('true does not match "true"', { detail: { b: [true] } }, withDetail({ b: 'true' })),
  miss('"true" does not match true', { detail: { b: ['true'] } }, withDetail({ b: true })),
  miss('false does not match 0', { detail: { b: [false] } }, withDetail({ b: 0 })),
  match('false in a mixed list', { detail: { b: ['x', 1, false] } }, withDetail({ b: false })),
  miss('null in an empty event array (LS arrays_empty_null_NEG)', { resources: [null] }, envelope({ resources: [] })),
  match('null element of an array', { detail: { a: [null] } }, withDetail({ a: ['x', null] })),
  miss('empty string is not a missing field', { detail: { a: [''] } }, withDetail({})),
];

// [ER] JsonRuleCompiler writeRules (numbers get numeric-equals and exact-text matchers),
// ComparableNumber (full float64 range, exact representation), [LS] number_comparison_float,
// numeric-int-float, numeric-string_NEG, numeric-null_NEG.
export const NUMBERS: Case[] = [
  match('number equals number', { detail: { 'c-count': [5] } }, EC2_EVENT),
  match('5 matches 5.0 (LS number_comparison_float)', '{"number":[300]}', '{"number":300.0}'),
  match('300 matches 3.0e2', '{"number":[300]}', '{"number":3.0e2}'),
  match('3.0e2 matches 300', '{"number":[3.0e2]}', '{"number":300}'),
  match('1e3 matches 1000', '{"n":[1e3]}', '{"n":1000}'),
  match('0.1 matches 0.10', '{"n":[0.1]}', '{"n":0.10}'),
  match('-0 matches 0', '{"n":[0]}', '{"n":-0}'),
  match('negative numbers', '{"n":[-12.5]}', '{"n":-12.50}'),
  miss('5 does not match "5"', { detail: { n: [5] } }, withDetail({ n: '5' })),
  miss('"5" does not match 5', { detail: { n: ['5'] } }, withDetail({ n: 5 })),
  miss('5 does not match 5.000001', '{"n":[5]}', '{"n":5.000001}'),
  match('big account-like integers match by value', '{"n":[123456789012]}', '{"n":123456789012}'),
  match('beyond 5e9 still numeric (float64 range)', '{"n":[6000000000]}', '{"n":6e9}'),
  match(
    'numbers too precise for a double match only as the same text',
    '{"n":[37.807807921694092]}',
    '{"n":37.807807921694092}',
  ),
  miss(
    'numbers too precise for a double do not match another spelling',
    '{"n":[37.807807921694092]}',
    '{"n":37.80780792169409}',
  ),
  match('integer beyond 2^53 matches its own text', '{"n":[9007199254740993]}', '{"n":9007199254740993}'),
  miss('integer beyond 2^53 does not match the nearby double', '{"n":[9007199254740993]}', '{"n":9007199254740992}'),
  match('infinite literal matches its own text', '{"n":[1e400]}', '{"n":1e400}'),
  miss('numbers in an array event, none equal', '{"n":[7]}', '{"n":[1,2,3]}'),
  match('numbers in an array event, one equal', '{"n":[2.0]}', '{"n":[1,2,3]}'),
  match(
    'numeric > on a float (LS numeric-int-float)',
    { number: [{ numeric: ['>', 100] }] },
    envelope({ number: 101.0 }),
  ),
  miss(
    'numeric does not match a numeric string (LS numeric-string_NEG)',
    { number: [{ numeric: ['>', 100] }] },
    envelope({ number: '101' }),
  ),
  miss(
    'numeric does not match null (LS numeric-null_NEG)',
    { number: [{ numeric: ['>', 100] }] },
    envelope({ number: null }),
  ),
  miss('numeric does not match a boolean', { n: [{ numeric: ['>', 0] }] }, envelope({ n: true })),
];

// [UG] "Numeric matching", [ER] README numeric, JsonRuleCompiler processNumericMatchExpression,
// [LS] content_numeric_and, complex_or.
export const NUMERIC: Case[] = [
  match(
    'README numeric example',
    {
      detail: {
        'c-count': [{ numeric: ['>', 0, '<=', 5] }],
        'd-count': [{ numeric: ['<', 10] }],
        'x-limit': [{ numeric: ['=', 301.8] }],
      },
    },
    EC2_EVENT,
  ),
  match('= with exponent form 3.018e2', '{"detail":{"x-limit":[{"numeric":["=",3.018e2]}]}}', EC2_EVENT),
  match('> strict', { detail: { 'c-count': [{ numeric: ['>', 4] }] } }, EC2_EVENT),
  miss('> excludes the bound', { detail: { 'c-count': [{ numeric: ['>', 5] }] } }, EC2_EVENT),
  match('>= includes the bound', { detail: { 'c-count': [{ numeric: ['>=', 5] }] } }, EC2_EVENT),
  match('< strict', { detail: { 'c-count': [{ numeric: ['<', 6] }] } }, EC2_EVENT),
  miss('< excludes the bound', { detail: { 'c-count': [{ numeric: ['<', 5] }] } }, EC2_EVENT),
  match('<= includes the bound', { detail: { 'c-count': [{ numeric: ['<=', 5] }] } }, EC2_EVENT),
  match('= equal', { detail: { 'c-count': [{ numeric: ['=', 5] }] } }, EC2_EVENT),
  miss('= unequal', { detail: { 'c-count': [{ numeric: ['=', 5.5] }] } }, EC2_EVENT),
  match('range open-closed hit at top', { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] } }, EC2_EVENT),
  miss('range open-open misses at top', { detail: { 'c-count': [{ numeric: ['>', 0, '<', 5] }] } }, EC2_EVENT),
  match('range closed-open hit at bottom', { detail: { 'c-count': [{ numeric: ['>=', 5, '<', 6] }] } }, EC2_EVENT),
  miss('range open bottom misses at bottom', { detail: { 'c-count': [{ numeric: ['>', 5, '<', 6] }] } }, EC2_EVENT),
  match('negative range', { detail: { t: [{ numeric: ['>=', -10.5, '<', -1] }] } }, withDetail({ t: -3 })),
  match(
    'decimal precision beyond 6 places',
    { detail: { t: [{ numeric: ['>', 0.0000001] }] } },
    withDetail({ t: 0.0000002 }),
  ),
  miss(
    'decimal precision beyond 6 places (below)',
    { detail: { t: [{ numeric: ['>', 0.0000002] }] } },
    withDetail({ t: 0.0000001 }),
  ),
  match(
    'large values (epoch milliseconds)',
    { detail: { ts: [{ numeric: ['>', 1700000000000] }] } },
    withDetail({ ts: 1733418659000 }),
  ),
  match('1e3 event vs numeric', '{"detail":{"n":[{"numeric":["=",1000]}]}}', '{"detail":{"n":1e3}}'),
  match('numeric operand in exponent form', '{"detail":{"n":[{"numeric":["<",1e3]}]}}', '{"detail":{"n":999.999}}'),
  miss(
    'event number too precise for a double is not numeric',
    '{"detail":{"n":[{"numeric":[">",0]}]}}',
    '{"detail":{"n":0.10000000000000000001}}',
  ),
  miss(
    'event integer beyond 2^53 inexact is not numeric',
    '{"detail":{"n":[{"numeric":[">",0]}]}}',
    '{"detail":{"n":9007199254740993}}',
  ),
  match(
    'any element of an array satisfies numeric',
    { detail: { n: [{ numeric: ['>', 10] }] } },
    withDetail({ n: [1, 2, 30] }),
  ),
  miss(
    'no element of an array satisfies numeric',
    { detail: { n: [{ numeric: ['>', 100] }] } },
    withDetail({ n: [1, 2, 30] }),
  ),
  match(
    'two numeric matchers are OR',
    { detail: { n: [{ numeric: ['<', 0] }, { numeric: ['>', 10] }] } },
    withDetail({ n: 11 }),
  ),
  match(
    'numeric AND across fields (LS content_numeric_and)',
    { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 5] }], 'd-count': [{ numeric: ['<', 10] }] } },
    EC2_EVENT,
  ),
  miss(
    'numeric AND across fields, one fails (LS content_numeric_and_NEG)',
    { detail: { 'c-count': [{ numeric: ['>', 0, '<=', 4] }], 'd-count': [{ numeric: ['<', 10] }] } },
    EC2_EVENT,
  ),
  match(
    'numeric with an exact string in the same list',
    { detail: { n: [{ numeric: ['>', 10] }, 'none'] } },
    withDetail({ n: 'none' }),
  ),
  match('zero bound', { detail: { n: [{ numeric: ['<=', 0] }] } }, withDetail({ n: -0.0 })),
];

// [UG] "Prefix matching", "Suffix matching", case-insensitive variants; [ER] README;
// [LS] content_prefix*, content_suffix*, prefix.
export const PREFIX_SUFFIX: Case[] = [
  match('prefix on time (UG)', { time: [{ prefix: '2017-10-02' }] }, EC2_EVENT),
  miss('prefix no match', { time: [{ prefix: '2017-10-03' }] }, EC2_EVENT),
  match('prefix equal to the whole value', { source: [{ prefix: 'aws.ec2' }] }, EC2_EVENT),
  miss('prefix longer than the value', { source: [{ prefix: 'aws.ec2x' }] }, EC2_EVENT),
  match('empty prefix matches any string', { source: [{ prefix: '' }] }, EC2_EVENT),
  match('empty prefix matches the empty string', { detail: { a: [{ prefix: '' }] } }, withDetail({ a: '' })),
  miss('empty prefix does not match a number', { detail: { a: [{ prefix: '' }] } }, withDetail({ a: 5 })),
  miss('prefix does not match a number', { detail: { 'c-count': [{ prefix: '5' }] } }, EC2_EVENT),
  miss('prefix does not match null', { detail: { a: [{ prefix: 'n' }] } }, withDetail({ a: null })),
  miss('prefix does not match a boolean', { detail: { a: [{ prefix: 't' }] } }, withDetail({ a: true })),
  miss('prefix is case sensitive', { source: [{ prefix: 'AWS.' }] }, EC2_EVENT),
  match(
    'prefix equals-ignore-case (UG)',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'EventB' } }] } },
    withDetail({ service: 'eventbridge' }),
  ),
  match(
    'prefix equals-ignore-case upper value',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'eventb' } }] } },
    withDetail({ service: 'EVENTBRIDGE' }),
  ),
  miss(
    'prefix equals-ignore-case no match',
    { detail: { service: [{ prefix: { 'equals-ignore-case': 'eventc' } }] } },
    withDetail({ service: 'EventBridge' }),
  ),
  match('prefix in an array value', { resources: [{ prefix: 'arn:aws:ec2:' }] }, EC2_EVENT),
  match('suffix (UG)', { detail: { FileName: [{ suffix: '.png' }] } }, withDetail({ FileName: 'image.png' })),
  miss('suffix no match', { detail: { FileName: [{ suffix: '.png' }] } }, withDetail({ FileName: 'image.jpg' })),
  miss(
    'suffix is case sensitive',
    { detail: { FileName: [{ suffix: '.png' }] } },
    withDetail({ FileName: 'image.PNG' }),
  ),
  match(
    'suffix equals-ignore-case (UG)',
    { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    withDetail({ FileName: 'image.PNG' }),
  ),
  miss(
    'suffix equals-ignore-case no match',
    { detail: { FileName: [{ suffix: { 'equals-ignore-case': '.png' } }] } },
    withDetail({ FileName: 'image.PNGX' }),
  ),
  match('suffix equal to the whole value', { source: [{ suffix: 'aws.ec2' }] }, EC2_EVENT),
  match('empty suffix matches any string', { source: [{ suffix: '' }] }, EC2_EVENT),
  miss('suffix does not match a number', { detail: { n: [{ suffix: '5' }] } }, withDetail({ n: 15 })),
  match('suffix of README', { source: [{ suffix: 'ec2' }] }, EC2_EVENT),
  match('prefix and suffix in one list are OR', { source: [{ prefix: 'zzz' }, { suffix: 'ec2' }] }, EC2_EVENT),
  match('prefix with an exact value in one list', { source: ['x', { prefix: 'aws' }] }, EC2_EVENT),
  match('prefix on a unicode value', { detail: { a: [{ prefix: 'ü' }] } }, withDetail({ a: 'über' })),
];

// [UG] "Equals-ignore-case matching", [ER] EqualsIgnoreCaseParser, [LS] content_ignorecase*.
export const IGNORE_CASE: Case[] = [
  match(
    'equals-ignore-case (UG)',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change notification' }] },
    EC2_EVENT,
  ),
  miss(
    'equals-ignore-case is still equality (LS content_ignorecase_NEG)',
    { 'detail-type': [{ 'equals-ignore-case': 'ec2 instance state-change' }] },
    EC2_EVENT,
  ),
  match(
    'equals-ignore-case of the empty string (LS content_ignorecase_empty)',
    { detail: { value: [{ 'equals-ignore-case': '' }] } },
    withDetail({ value: '' }),
  ),
  miss(
    'equals-ignore-case empty vs non-empty (LS content_ignorecase_empty_NEG)',
    { detail: { value: [{ 'equals-ignore-case': '' }] } },
    withDetail({ value: 'x' }),
  ),
  miss(
    'equals-ignore-case does not match numbers',
    { detail: { n: [{ 'equals-ignore-case': '5' }] } },
    withDetail({ n: 5 }),
  ),
  miss(
    'equals-ignore-case does not match null',
    { detail: { n: [{ 'equals-ignore-case': 'null' }] } },
    withDetail({ n: null }),
  ),
  match(
    'equals-ignore-case mixed case',
    { detail: { n: [{ 'equals-ignore-case': 'AlIcE' }] } },
    withDetail({ n: 'aLiCe' }),
  ),
  match(
    'equals-ignore-case non-ASCII',
    { detail: { n: [{ 'equals-ignore-case': 'ÉCOLE' }] } },
    withDetail({ n: 'école' }),
  ),
  match(
    'equals-ignore-case sharp s operand matches SS',
    { detail: { n: [{ 'equals-ignore-case': 'straße' }] } },
    withDetail({ n: 'STRASSE' }),
  ),
  miss(
    'equals-ignore-case SS operand does not match sharp s',
    { detail: { n: [{ 'equals-ignore-case': 'STRASSE' }] } },
    withDetail({ n: 'straße' }),
  ),
  match(
    'equals-ignore-case in an array value',
    { resources: [{ 'equals-ignore-case': 'ARN:AWS:EC2:US-EAST-1:123456789012:INSTANCE/I-000000AAAAAA00000' }] },
    EC2_EVENT,
  ),
];

// [UG] "Wildcard matching", [ER] WildcardParser / README, [LS] content_wildcard_*.
export const WILDCARD: Case[] = [
  match('wildcard README', { source: [{ wildcard: 'Simple*Service' }] }, envelope({ source: 'SimpleQueueService' })),
  match(
    'wildcard star matches nothing',
    { source: [{ wildcard: 'Simple*Service' }] },
    envelope({ source: 'SimpleService' }),
  ),
  match('wildcard *.png (UG)', { detail: { f: [{ wildcard: '*.png' }] } }, withDetail({ f: 'dir/a.png' })),
  miss('wildcard *.png no match', { detail: { f: [{ wildcard: '*.png' }] } }, withDetail({ f: 'dir/a.png.bak' })),
  match('wildcard *Title* (UG)', { detail: { f: [{ wildcard: '*Title*' }] } }, withDetail({ f: 'The Title Page' })),
  match(
    'wildcard non-repeating (LS content_wildcard_nonrepeating)',
    { FileName: [{ wildcard: '/Users/*/doc.txt' }] },
    envelope({ FileName: '/Users/ls_user/dir/dir/dir/dir/dir/doc.txt' }),
  ),
  miss(
    'wildcard non-repeating no match (LS content_wildcard_nonrepeating_NEG)',
    { FileName: [{ wildcard: '/Users/*/doc.txt' }] },
    envelope({ FileName: '/Users/ls_user/dir/dir/dir/dir/dir/doc.md' }),
  ),
  match(
    'wildcard repeating (LS content_wildcard_repeating)',
    { FileName: [{ wildcard: '/Users/*/dir/dir/dir/dir/dir/doc.txt' }] },
    envelope({ FileName: '/Users/ls_user/dir/dir/dir/dir/dir/doc.txt' }),
  ),
  miss(
    'wildcard repeating no match (LS content_wildcard_repeating_NEG)',
    { FileName: [{ wildcard: '/Users/*/dir/dir/dir/dir/dir/doc.txt' }] },
    envelope({ FileName: '/Users/ls_user/dir/dir/dir/dir/doc.txt' }),
  ),
  match(
    'wildcard simplified ARN (LS content_wildcard_simplified)',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:*:event-bus/*' }] },
    envelope({ EventBusArn: 'arn:aws:events:us-east-1:123456789012:event-bus/myEventBus' }),
  ),
  match('wildcard * matches any string', { source: [{ wildcard: '*' }] }, EC2_EVENT),
  match('wildcard * matches the empty string', { detail: { a: [{ wildcard: '*' }] } }, withDetail({ a: '' })),
  miss('wildcard * does not match a number', { detail: { a: [{ wildcard: '*' }] } }, withDetail({ a: 1 })),
  miss('wildcard * does not match null', { detail: { a: [{ wildcard: '*' }] } }, withDetail({ a: null })),
  match('wildcard without a star is equality', { source: [{ wildcard: 'aws.ec2' }] }, EC2_EVENT),
  miss('wildcard without a star is not a prefix', { source: [{ wildcard: 'aws' }] }, EC2_EVENT),
  match(
    'wildcard empty operand matches the empty string',
    { detail: { a: [{ wildcard: '' }] } },
    withDetail({ a: '' }),
  ),
  miss('wildcard empty operand does not match others', { detail: { a: [{ wildcard: '' }] } }, withDetail({ a: 'x' })),
  match('escaped star is literal', { detail: { a: [{ wildcard: 'a\\*b' }] } }, withDetail({ a: 'a*b' })),
  miss('escaped star does not wildcard', { detail: { a: [{ wildcard: 'a\\*b' }] } }, withDetail({ a: 'axxb' })),
  match('escaped backslash is literal', { detail: { a: [{ wildcard: 'a\\\\b' }] } }, withDetail({ a: 'a\\b' })),
  match('escaped backslash then star', { detail: { a: [{ wildcard: 'a\\\\*' }] } }, withDetail({ a: 'a\\anything' })),
  match('wildcard is case sensitive (match)', { detail: { a: [{ wildcard: 'A*' }] } }, withDetail({ a: 'Abc' })),
  miss('wildcard is case sensitive (miss)', { detail: { a: [{ wildcard: 'A*' }] } }, withDetail({ a: 'abc' })),
  match('wildcard with several stars', { detail: { a: [{ wildcard: '*a*b*c*' }] } }, withDetail({ a: 'xxaxxbxxcxx' })),
  miss('wildcard stars keep order', { detail: { a: [{ wildcard: '*a*b*c*' }] } }, withDetail({ a: 'cba' })),
  match('wildcard overlapping literals', { detail: { a: [{ wildcard: 'ab*ba' }] } }, withDetail({ a: 'abba' })),
  miss('wildcard literals may not overlap', { detail: { a: [{ wildcard: 'ab*ba' }] } }, withDetail({ a: 'aba' })),
  match('wildcard in an array value', { resources: [{ wildcard: 'arn:aws:ec2:*:instance/*' }] }, EC2_EVENT),
  match(
    'escape character in an event value (LS escape test)',
    '{"detail":{"escape_star":["*"],"escape_backslash":["\\\\"]}}',
    '{"detail":{"escape_star":"*","escape_backslash":"\\\\"}}',
  ),
];

// [UG] "Anything-but matching" and its prefix/suffix/ignore-case/wildcard forms;
// [ER] ByteMachine (anything-but assumed matched unless disproved); [LS] content_anything_*,
// test_put_events_with_rule_pattern_anything_but (null matches anything-but).
export const ANYTHING_BUT: Case[] = [
  match('anything-but string (UG)', { detail: { state: [{ 'anything-but': 'initializing' }] } }, EC2_EVENT),
  miss('anything-but string equal', { detail: { state: [{ 'anything-but': 'running' }] } }, EC2_EVENT),
  match('anything-but number (UG)', { detail: { 'x-limit': [{ 'anything-but': 123 }] } }, EC2_EVENT),
  miss('anything-but number equal', { detail: { 'x-limit': [{ 'anything-but': 301.8 }] } }, EC2_EVENT),
  miss('anything-but number equal in another form', '{"detail":{"x-limit":[{"anything-but":3.018e2}]}}', EC2_EVENT),
  match(
    'anything-but string list (UG)',
    { detail: { state: [{ 'anything-but': ['stopped', 'overloaded'] }] } },
    EC2_EVENT,
  ),
  miss('anything-but string list hit', { detail: { state: [{ 'anything-but': ['stopped', 'running'] }] } }, EC2_EVENT),
  match('anything-but number list (UG)', { detail: { 'x-limit': [{ 'anything-but': [100, 200, 300] }] } }, EC2_EVENT),
  miss('anything-but number list hit', { detail: { 'c-count': [{ 'anything-but': [1, 5] }] } }, EC2_EVENT),
  match(
    'anything-but 0 vs 789 (LS content_anything_but_number_zero)',
    { detail: { 'x-limit': [{ 'anything-but': 0 }] } },
    withDetail({ 'x-limit': 789 }),
  ),
  match(
    'anything-but string vs null (LS content_anything_but_string_null)',
    { detail: { state: [{ 'anything-but': 'initializing' }] } },
    withDetail({ state: null }),
  ),
  match(
    'anything-but list vs null (LS content_anything_but_string_list_null)',
    { detail: { state: [{ 'anything-but': ['stopped', 'running'] }] } },
    withDetail({ state: null }),
  ),
  miss(
    'anything-but needs the field (LS content_anything_but_string_missing_NEG)',
    { detail: { state: [{ 'anything-but': 'initializing' }] } },
    withDetail({}),
  ),
  match('anything-but string vs a number', { detail: { n: [{ 'anything-but': '5' }] } }, withDetail({ n: 5 })),
  match(
    'anything-but number vs the same digits as a string',
    { detail: { n: [{ 'anything-but': 5 }] } },
    withDetail({ n: '5' }),
  ),
  match('anything-but number vs a boolean', { detail: { n: [{ 'anything-but': [1, 2] }] } }, withDetail({ n: true })),
  match(
    'anything-but array event: one element differs (SNS/EB semantics)',
    { detail: { n: [{ 'anything-but': [100, 500] }] } },
    withDetail({ n: [100, 50] }),
  ),
  miss(
    'anything-but array event: every element excluded',
    { detail: { n: [{ 'anything-but': [100, 500] }] } },
    withDetail({ n: [100, 500] }),
  ),
  miss(
    'anything-but empty event array has no value',
    { detail: { n: [{ 'anything-but': 'x' }] } },
    withDetail({ n: [] }),
  ),
  match('anything-but empty string', { detail: { n: [{ 'anything-but': '' }] } }, withDetail({ n: 'x' })),
  miss('anything-but empty string hit', { detail: { n: [{ 'anything-but': '' }] } }, withDetail({ n: '' })),
  match('anything-but prefix (UG)', { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } }, EC2_EVENT),
  miss(
    'anything-but prefix hit (LS content_anything_prefix_NEG)',
    { detail: { state: [{ 'anything-but': { prefix: 'run' } }] } },
    EC2_EVENT,
  ),
  match(
    'anything-but prefix vs a number (LS content_anything_prefix_int_value)',
    { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    withDetail({ state: 12 }),
  ),
  match(
    'anything-but prefix list (LS content_anything_prefix_list)',
    { detail: { state: [{ 'anything-but': { prefix: ['init', 'test'] } }] } },
    EC2_EVENT,
  ),
  miss(
    'anything-but prefix list hit (LS content_anything_prefix_list_NEG)',
    { detail: { state: [{ 'anything-but': { prefix: ['init', 'run'] } }] } },
    EC2_EVENT,
  ),
  match(
    'anything-but prefix list vs a number (LS content_anything_prefix_list_int)',
    { detail: { state: [{ 'anything-but': { prefix: ['init', 'test'] } }] } },
    withDetail({ state: 12 }),
  ),
  match(
    'anything-but prefix vs null (LS content_anything_prefix_null)',
    { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    withDetail({ state: null }),
  ),
  miss(
    'anything-but prefix missing field (LS content_anything_prefix_missing_NEG)',
    { detail: { state: [{ 'anything-but': { prefix: 'init' } }] } },
    withDetail({}),
  ),
  match(
    'anything-but suffix (UG)',
    { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    withDetail({ FileName: 'a.txt' }),
  ),
  miss(
    'anything-but suffix hit (LS content_anything_suffix_NEG)',
    { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    withDetail({ FileName: 'a.png' }),
  ),
  match(
    'anything-but suffix list (LS content_anything_suffix_list)',
    { detail: { FileName: [{ 'anything-but': { suffix: ['.png', '.txt'] } }] } },
    withDetail({ FileName: 'a.jpg' }),
  ),
  miss(
    'anything-but suffix list hit (LS content_anything_suffix_list_NEG)',
    { detail: { FileName: [{ 'anything-but': { suffix: ['.png', '.txt'] } }] } },
    withDetail({ FileName: 'a.txt' }),
  ),
  match(
    'anything-but suffix vs null (LS content_anything_suffix_null)',
    { detail: { FileName: [{ 'anything-but': { suffix: '.png' } }] } },
    withDetail({ FileName: null }),
  ),
  match(
    'anything-but ignore-case (UG)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    EC2_EVENT,
  ),
  miss(
    'anything-but ignore-case hit (LS content_anything_but_ignorecase_NEG)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'RUNNING' } }] } },
    EC2_EVENT,
  ),
  match(
    'anything-but ignore-case list (LS content_anything_but_ignorecase_list)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['INITIALIZING', 'stopped'] } }] } },
    EC2_EVENT,
  ),
  miss(
    'anything-but ignore-case list hit',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': ['stopped', 'RuNnInG'] } }] } },
    EC2_EVENT,
  ),
  match(
    'anything-but ignore-case vs null (LS content_anything_but_ignorecase_null)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 'initializing' } }] } },
    withDetail({ state: null }),
  ),
  match(
    'anything-but wildcard (UG)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    withDetail({ FilePath: 'dir/bin/file' }),
  ),
  miss(
    'anything-but wildcard hit (LS content_anything_wildcard_NEG)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '*/lib/*' } }] } },
    withDetail({ FilePath: 'dir/lib/file' }),
  ),
  match(
    'anything-but wildcard list (LS content_anything_wildcard_list)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/bin/*'] } }] } },
    withDetail({ FilePath: 'dir/init/file' }),
  ),
  miss(
    'anything-but wildcard list hit (LS content_anything_wildcard_list_NEG)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: ['*/lib/*', '*/init/*'] } }] } },
    withDetail({ FilePath: 'dir/init/file' }),
  ),
  match(
    'anything-but wildcard vs a number (LS content_anything_wildcard_int)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '*/dir/*' } }] } },
    withDetail({ FilePath: 123 }),
  ),
  match(
    'anything-but empty wildcard (LS content_anything_wildcard_empty)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: '' } }] } },
    withDetail({ FilePath: 'dir/init/file' }),
  ),
  match(
    'anything-but with an exists:false alternative, field absent (LS or-exists)',
    { dynamodb: { NewImage: { homemade: { S: [{ 'anything-but': ['roses'] }, { exists: false }] } } } },
    envelope({ dynamodb: { NewImage: { homemade: { N: '789' } } } }),
  ),
  match(
    'anything-but with exists:false, parent absent (LS or-exists-parent)',
    { dynamodb: { NewImage: { homemade: { S: [{ 'anything-but': ['roses'] }, { exists: false }] } } } },
    envelope({ dynamodb: { NewImage: { purchased: { N: '789' } } } }),
  ),
  match(
    'numeric or anything-but (LS or-numeric-anything-but)',
    { dynamodb: { NewImage: { numericFilter: { N: [{ numeric: ['>', 100] }, { 'anything-but': '101' }] } } } },
    envelope({ dynamodb: { NewImage: { numericFilter: { N: '102' } } } }),
  ),
  miss(
    'numeric or anything-but, both fail (LS or-numeric-anything-but_NEG)',
    { dynamodb: { NewImage: { numericFilter: { N: [{ numeric: ['>', 100] }, { 'anything-but': '101' }] } } } },
    envelope({ dynamodb: { NewImage: { numericFilter: { N: '101' } } } }),
  ),
];

// [UG] "Exists matching" (leaf nodes only), [ER] README exists, ACFinder absence,
// [LS] content_exists*, exists_dynamodb*, exists_list_empty_NEG, list_within_dict.
export const EXISTS: Case[] = [
  match('exists true (UG)', { detail: { state: [{ exists: true }] } }, EC2_EVENT),
  miss('exists true, absent (UG)', { detail: { state: [{ exists: true }] } }, withDetail({ 'c-count': { c1: 100 } })),
  match('exists false, absent (UG)', { detail: { 'c-count': [{ exists: false }] } }, withDetail({ state: 'x' })),
  miss('exists false, present', { detail: { 'c-count': [{ exists: false }] } }, EC2_EVENT),
  match(
    'exists false on a non-leaf: object value counts as absent (UG)',
    { detail: { 'c-count': [{ exists: false }] } },
    withDetail({ 'c-count': { c1: 100 } }),
  ),
  miss(
    'exists true on a non-leaf object (LS exists_dynamodb_NEG)',
    { dynamodb: { presentKey: [{ exists: true }] } },
    envelope({ dynamodb: { id: { S: 'test1234' }, presentKey: { S: 'test123' } } }),
  ),
  match(
    'exists true on the leaf below (LS exists_dynamodb)',
    { dynamodb: { presentKey: { S: [{ exists: true }] } } },
    envelope({ dynamodb: { presentKey: { S: 'test123' } } }),
  ),
  miss(
    'exists false deep, present (LS content_exists_false_NEG)',
    { detail: { level1: { level2: { level3: { level4: [{ exists: false }] } } } } },
    withDetail({ level1: { level2: { level3: { level4: 'l4 value' } } } }),
  ),
  match(
    'exists false deep, absent (LS content_exists_false)',
    { detail: { level1: { level2: { level3: { level4: [{ exists: false }] } } } } },
    withDetail({ level1: { level2: { level3: { other: 'x' } } } }),
  ),
  match('exists true with null value', { detail: { a: [{ exists: true }] } }, withDetail({ a: null })),
  miss(
    'exists false with null value (null is a leaf)',
    { detail: { a: [{ exists: false }] } },
    withDetail({ a: null }),
  ),
  match('exists true with empty string', { detail: { a: [{ exists: true }] } }, withDetail({ a: '' })),
  miss(
    'exists true with an empty array (LS exists_list_empty_NEG)',
    { resources: [{ exists: true }] },
    envelope({ resources: [] }),
  ),
  match('exists false with an empty array', { resources: [{ exists: false }] }, envelope({ resources: [] })),
  miss('exists true with an empty object', { detail: { a: [{ exists: true }] } }, withDetail({ a: {} })),
  match(
    'exists true inside an array of objects (LS list_within_dict)',
    { detail: { automations: { id: [{ exists: true }] } } },
    withDetail({ automations: [{ key1: 'value1' }, { id: 'match-does-exist' }, { key2: 'value2' }] }),
  ),
  miss(
    'exists false when any array element has the field',
    { detail: { automations: { id: [{ exists: false }] } } },
    withDetail({ automations: [{ key1: 'value1' }, { id: 'x' }] }),
  ),
  match('exists false for a top-level envelope field', { 'replay-name': [{ exists: false }] }, EC2_EVENT),
  match('exists false alone matches any event without the field', { nope: [{ exists: false }] }, envelope({})),
  match('exists true on an array of scalars', { resources: [{ exists: true }] }, EC2_EVENT),
  miss(
    'exists true when the detail is a string: detail is the leaf, detail.state is absent',
    { detail: { state: [{ exists: true }] } },
    withDetail('running'),
  ),
  match('exists false when the detail is a string', { detail: { state: [{ exists: false }] } }, withDetail('running')),
  match(
    'exists true and false in one list (OR): present',
    { detail: { a: [{ exists: true }, { exists: false }] } },
    withDetail({ a: 1 }),
  ),
  match(
    'exists true and false in one list (OR): absent',
    { detail: { a: [{ exists: true }, { exists: false }] } },
    withDetail({}),
  ),
  match(
    'exists true listed with other operators (LS operator_multiple_list)',
    { my_key: [{ exists: true }, { prefix: 'IGNORED' }, { suffix: 'IGNORED' }] },
    envelope({ my_key: 'my-value' }),
  ),
  match(
    'exists false with a value alternative: value matches',
    { detail: { a: ['x', { exists: false }] } },
    withDetail({ a: 'x' }),
  ),
  miss(
    'exists false with a value alternative: other value',
    { detail: { a: ['x', { exists: false }] } },
    withDetail({ a: 'y' }),
  ),
];

// [UG] "IP address matching", [ER] CIDR.java (IPv4 and IPv6, decimal octets, host bits ignored),
// [LS] content_ip_address*.
export const CIDR: Case[] = [
  match(
    'cidr /24 (UG)',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ sourceIPAddress: '10.0.0.255' }),
  ),
  miss(
    'cidr /24 outside',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ sourceIPAddress: '10.0.1.0' }),
  ),
  match('cidr README /8', { detail: { 'source-ip': [{ cidr: '10.0.0.0/8' }] } }, EC2_EVENT),
  match('cidr /0 holds every IPv4', { detail: { ip: [{ cidr: '0.0.0.0/0' }] } }, withDetail({ ip: '255.255.255.255' })),
  match('cidr /31', { detail: { ip: [{ cidr: '10.0.0.0/31' }] } }, withDetail({ ip: '10.0.0.1' })),
  miss('cidr /31 outside', { detail: { ip: [{ cidr: '10.0.0.0/31' }] } }, withDetail({ ip: '10.0.0.2' })),
  match('cidr host bits ignored', { detail: { ip: [{ cidr: '10.0.0.5/24' }] } }, withDetail({ ip: '10.0.0.1' })),
  match(
    'cidr event with leading zeros reads as decimal',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ ip: '010.000.000.017' }),
  ),
  miss(
    'cidr does not match a number (LS content_ip_address_bad_type_NEG)',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ sourceIPAddress: 123 }),
  ),
  miss(
    'cidr does not match a non-IP string',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ ip: 'not an ip' }),
  ),
  miss(
    'cidr octet over 255 is not an address',
    { detail: { ip: [{ cidr: '10.0.0.0/8' }] } },
    withDetail({ ip: '10.0.0.256' }),
  ),
  match(
    'cidr IPv6 (LS content_ip_address_v6)',
    { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    withDetail({ sourceIPAddress: '2001:db8:1234:1a00::1' }),
  ),
  miss(
    'cidr IPv6 outside (LS content_ip_address_v6_NEG)',
    { detail: { sourceIPAddress: [{ cidr: '2001:db8:1234:1a00::/64' }] } },
    withDetail({ sourceIPAddress: '2001:db8:1234:1a01::1' }),
  ),
  match(
    'cidr IPv6 uncompressed event form',
    { detail: { ip: [{ cidr: '2001:db8::/32' }] } },
    withDetail({ ip: '2001:0db8:0000:0000:0000:0000:0000:0001' }),
  ),
  miss(
    'cidr IPv4 block does not hold an IPv6 address',
    { detail: { ip: [{ cidr: '0.0.0.0/0' }] } },
    withDetail({ ip: '::1' }),
  ),
  match(
    'cidr IPv4-mapped IPv6 is the IPv4 address',
    { detail: { ip: [{ cidr: '10.0.0.0/24' }] } },
    withDetail({ ip: '::ffff:a00:1' }),
  ),
  match(
    'cidr in an array value',
    { detail: { ip: [{ cidr: '192.168.0.0/16' }] } },
    withDetail({ ip: ['8.8.8.8', '192.168.3.4'] }),
  ),
  match('IP literal as exact value', { detail: { 'source-ip': ['10.0.0.33'] } }, EC2_EVENT),
  match(
    'IP literal exact value compares addresses',
    { detail: { ip: ['::1'] } },
    withDetail({ ip: '0:0:0:0:0:0:0:1' }),
  ),
  miss('IP literal exact value, other address', { detail: { ip: ['10.0.0.33'] } }, withDetail({ ip: '10.0.0.34' })),
  miss(
    'a CIDR in the same list turns IP strings into addresses for prefix too (ruler ByteMachine)',
    { detail: { ip: [{ cidr: '10.0.0.0/8' }, { prefix: '11.' }] } },
    withDetail({ ip: '11.0.0.1' }),
  ),
  match(
    'prefix still matches non-IP strings next to a CIDR',
    { detail: { ip: [{ cidr: '10.0.0.0/8' }, { prefix: 'host' }] } },
    withDetail({ ip: 'host-1' }),
  ),
];

// [UG] "Arrays in event patterns", [ER] README "JSON Array Matching" (array consistency),
// [LS] arrays, arrays_NEG.
const EMPLOYEES = {
  employees: [
    { firstName: 'John', lastName: 'Doe' },
    { firstName: 'Anna', lastName: 'Smith' },
    { firstName: 'Peter', lastName: 'Jones' },
  ],
};
export const ARRAYS: Case[] = [
  match(
    'resources intersection (UG, LS arrays)',
    {
      resources: [
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
        'arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f',
      ],
    },
    envelope({
      resources: [
        'arn:aws:autoscaling:us-east-1:123456789012:autoScalingGroup:x',
        'arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f',
      ],
    }),
  ),
  miss(
    'resources no intersection (LS arrays_NEG)',
    { resources: ['arn:aws:ec2:us-east-1:111122223333:instance/i-b188560f'] },
    envelope({ resources: ['arn:aws:ec2:us-east-1:123456789012:instance/i-b188560f'] }),
  ),
  match('array of objects, one field (ER README)', { employees: { firstName: ['Anna'] } }, EMPLOYEES),
  match(
    'array of objects, same element (ER README)',
    { employees: { firstName: ['Anna'], lastName: ['Smith'] } },
    EMPLOYEES,
  ),
  miss(
    'array consistency: fields from different elements do not match (ER README)',
    { employees: { firstName: ['Anna'], lastName: ['Jones'] } },
    EMPLOYEES,
  ),
  match(
    'nested arrays of objects (ER README)',
    { employees: { firstName: ['Peter'], lastName: ['Jones'] } },
    {
      employees: [
        [
          { firstName: 'John', lastName: 'Doe' },
          { firstName: 'Anna', lastName: 'Smith' },
        ],
        [{ firstName: 'Peter', lastName: 'Jones' }],
      ],
    },
  ),
  miss(
    'nested arrays keep consistency',
    { employees: { firstName: ['Anna'], lastName: ['Jones'] } },
    {
      employees: [
        [
          { firstName: 'John', lastName: 'Doe' },
          { firstName: 'Anna', lastName: 'Smith' },
        ],
        [{ firstName: 'Peter', lastName: 'Jones' }],
      ],
    },
  ),
  match(
    'scalar arrays impose no consistency',
    { detail: { a: ['1'], b: ['2'] } },
    withDetail({ a: ['0', '1'], b: ['2', '3'] }),
  ),
  match(
    'array of objects with a field outside the array',
    { source: ['aws.ec2'], detail: { items: { k: ['v'] } } },
    envelope({ source: 'aws.ec2', detail: { items: [{ k: 'x' }, { k: 'v' }] } }),
  ),
  match(
    'arrays in two different arrays are independent',
    { a: { x: ['1'] }, b: { y: ['2'] } },
    { a: [{ x: '0' }, { x: '1' }], b: [{ y: '2' }] },
  ),
  match('array value holding objects and scalars', { a: ['s'] }, { a: [{ b: 1 }, 's'] }),
  match(
    'numeric in the same element as an exact value',
    { items: { n: [{ numeric: ['>', 5] }], k: ['b'] } },
    {
      items: [
        { n: 1, k: 'a' },
        { n: 9, k: 'b' },
      ],
    },
  ),
  miss(
    'numeric and exact value in different elements',
    { items: { n: [{ numeric: ['>', 5] }], k: ['a'] } },
    {
      items: [
        { n: 1, k: 'a' },
        { n: 9, k: 'b' },
      ],
    },
  ),
  match(
    'array consistency across nesting levels',
    { a: { b: { c: ['1'], d: ['2'] } } },
    {
      a: [
        {
          b: [
            { c: '1', d: '0' },
            { c: '1', d: '2' },
          ],
        },
      ],
    },
  ),
  miss(
    'array consistency across nesting levels (different inner elements)',
    { a: { b: { c: ['1'], d: ['2'] } } },
    {
      a: [
        {
          b: [
            { c: '1', d: '0' },
            { c: '0', d: '2' },
          ],
        },
      ],
    },
  ),
  match(
    'exists false consistent with the element chosen earlier in name order',
    { a: { c: ['3'], d: [{ exists: false }] } },
    { a: [{ c: '2', d: 'x' }, { c: '3' }] },
  ),
  miss(
    'exists false is checked before later fields in name order',
    { a: { b: [{ exists: false }], c: ['3'] } },
    { a: [{ b: 'x', c: '2' }, { c: '3' }] },
  ),
  match(
    'anything-but in an array of objects',
    { a: { s: [{ 'anything-but': 'x' }] } },
    { a: [{ s: 'x' }, { s: 'y' }] },
  ),
  miss(
    'anything-but in an array of objects, all excluded',
    { a: { s: [{ 'anything-but': 'x' }] } },
    { a: [{ s: 'x' }, { s: 'x' }] },
  ),
  match('an event array holding arrays of scalars', { a: ['3'] }, { a: [['1', '2'], ['3']] }),
];

// Dot-joined paths: [ER] README "Caveat: Compiled rules and JSON keys with dots",
// [LS] dot_joining_event, dot_joining_pattern(_NEG).
export const DOTS: Case[] = [
  match(
    'dotted key in the pattern matches nested event',
    { detail: { 'state.status': ['running'] } },
    withDetail({ state: { status: 'running' } }),
  ),
  match(
    'nested pattern matches dotted key in the event',
    { detail: { state: { status: ['running'] } } },
    withDetail({ 'state.status': 'running' }),
  ),
  miss(
    'dotted key with a different path (LS dot_joining_pattern_NEG)',
    { detail: { 'state.status': { status: ['running'] } } },
    withDetail({ state: { status: 'running' } }),
  ),
  miss(
    'dotted key path differs (LS dot_joining_event_NEG)',
    { detail: { state: { status: ['running'] } } },
    withDetail({ 'state.statuses': 'running' }),
  ),
  match('top-level dotted key', { 'detail.state': ['running'] }, EC2_EVENT),
];

// [UG] "$or" matching, [ER] README "$or" examples and JsonRuleCompiler parseIntoOrRelationship,
// [LS] complex_or(_NEG).
/** Three parallel `$or`s of `n`, `10` and `10` branches: n × 100 rule combinations. */
function orGrid(n: number): object {
  const branches = (count: number): object[] => Array.from({ length: count }, (_, i) => ({ x: [String(i)] }));
  return { $or: branches(n), y: { $or: branches(10) }, z: { $or: branches(10) } };
}

const CW = { source: 'aws.cloudwatch', metricName: 'CPUUtilization', namespace: 'AWS/EC2' };
export const OR: Case[] = [
  match(
    '$or README normal',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['CPUUtilization', 'ReadLatency'] }, { namespace: ['AWS/EC2', 'AWS/ES'] }],
    },
    CW,
  ),
  match(
    '$or second branch',
    { source: ['aws.cloudwatch'], $or: [{ metricName: ['X'] }, { namespace: ['AWS/EC2'] }] },
    CW,
  ),
  miss('$or no branch', { source: ['aws.cloudwatch'], $or: [{ metricName: ['X'] }, { namespace: ['Y'] }] }, CW),
  miss(
    '$or branches AND the outside field',
    { source: ['aws.ec2'], $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/EC2'] }] },
    CW,
  ),
  match(
    '$or inside detail (LS complex_or)',
    {
      detail: {
        $or: [
          { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
          { 'd-count': [{ numeric: ['<', 10] }] },
          { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
        ],
      },
    },
    withDetail({ 'c-count': 0, 'd-count': 0, 'x-limit': 901.8 }),
  ),
  miss(
    '$or inside detail, none (LS complex_or_NEG)',
    {
      detail: {
        $or: [
          { 'c-count': [{ numeric: ['>', 0, '<=', 5] }] },
          { 'd-count': [{ numeric: ['<', 10] }] },
          { 'x-limit': [{ numeric: ['=', 3.018e2] }] },
        ],
      },
    },
    withDetail({ 'c-count': 0, 'd-count': 10, 'x-limit': 901.8 }),
  ),
  match(
    '$or with an AND inside a branch',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['X'] }, { metricType: ['MetricType'], namespace: ['AWS/EC2'] }, { scope: ['Service'] }],
    },
    { ...CW, metricType: 'MetricType' },
  ),
  miss(
    '$or branch AND partly met',
    { source: ['aws.cloudwatch'], $or: [{ metricName: ['X'] }, { metricType: ['MetricType'], namespace: ['AWS/ES'] }] },
    { ...CW, metricType: 'MetricType' },
  ),
  match(
    'nested $or',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['X'] }, { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }],
    },
    { ...CW, spaceId: 1000 },
  ),
  miss(
    'nested $or, inner unmet',
    {
      source: ['aws.cloudwatch'],
      $or: [{ metricName: ['X'] }, { namespace: ['AWS/EC2'], $or: [{ metricId: [1234] }, { spaceId: [1000] }] }],
    },
    { ...CW, spaceId: 1001 },
  ),
  match(
    'parallel $or (README)',
    {
      $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/ES'] }],
      detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['CloudWatch Alarm State Change'] }] },
    },
    { metricName: 'CPUUtilization', detail: { 'detail-type': 'CloudWatch Alarm State Change' } },
  ),
  miss(
    'parallel $or, one side unmet',
    {
      $or: [{ metricName: ['CPUUtilization'] }, { namespace: ['AWS/ES'] }],
      detail: { $or: [{ source: ['aws.cloudwatch'] }, { 'detail-type': ['x'] }] },
    },
    { metricName: 'CPUUtilization', detail: { 'detail-type': 'CloudWatch Alarm State Change' } },
  ),
  match('$or with exists:false branch (README-like)', { $or: [{ a: ['1'] }, { b: [{ exists: false }] }] }, { c: 1 }),
  match(
    '$or branches with different operators',
    { $or: [{ n: [{ numeric: ['>', 10] }] }, { s: [{ prefix: 'ab' }] }] },
    { n: 1, s: 'abc' },
  ),
  match(
    '$or written before a field: branch overrides it (last write wins)',
    '{"a":["1"],"$or":[{"a":["2"]},{"b":["3"]}]}',
    '{"a":"2"}',
  ),
  miss(
    'field then $or: the other branch keeps a=1 but also needs b',
    '{"a":["1"],"$or":[{"a":["2"]},{"b":["3"]}]}',
    '{"a":"1"}',
  ),
  match('$or then field: the field overrides every branch', '{"$or":[{"a":["2"]},{"b":["3"]}],"a":["1"]}', '{"a":"1"}'),
  miss(
    '$or then field: overridden branch value no longer matches',
    '{"$or":[{"a":["2"]},{"b":["3"]}],"a":["1"]}',
    '{"a":"2","b":"4"}',
  ),
  match(
    '$or as a plain field name when not an array (README backward compatibility)',
    { source: ['aws.cloudwatch'], $or: { metricType: ['MetricType'] } },
    { source: 'aws.cloudwatch', $or: { metricType: 'MetricType' } },
  ),
  miss(
    '$or as a plain field name is a path, not OR',
    { source: ['aws.cloudwatch'], $or: { metricType: ['MetricType'] } },
    { source: 'aws.cloudwatch', metricType: 'MetricType' },
  ),
  match(
    '$or with reserved names falls back to a field named $or',
    { $or: [{ prefix: 'ab' }, { suffix: 'yz' }] },
    { $or: 'abc' },
  ),
  match('$or three branches, third matches', { $or: [{ a: ['1'] }, { a: ['2'] }, { a: ['3'] }] }, { a: '3' }),
  match('$or with 1000 combinations is allowed (10 x 10 x 10 parallel branches)', orGrid(10), {
    x: '9',
    y: { x: '9' },
    z: { x: '9' },
  }),
  match(
    '$or over envelope fields',
    { $or: [{ source: ['aws.s3'] }, { 'detail-type': ['EC2 Instance State-change Notification'] }] },
    EC2_EVENT,
  ),
  miss(
    '$or branch values are arrays of alternatives too',
    { $or: [{ source: ['aws.s3', 'aws.sqs'] }, { region: ['eu-west-1'] }] },
    EC2_EVENT,
  ),
];

// Invalid patterns. Reasons are event-ruler's (JsonRuleCompiler / RuleCompiler / CIDR /
// WildcardParser / ComparableNumber), which EventBridge returns verbatim; [LS] *_EXC snapshots.
export const INVALID: Case[] = [
  invalid(
    'pattern not an object (LS invalid json)',
    '["not", "a", "dict", "but valid json"]',
    'Filter is not an object',
  ),
  invalid('pattern is a string', '"source"', 'Filter is not an object'),
  invalid('pattern is null', 'null', 'Filter is not an object'),
  invalid(
    'pattern is not JSON (LS)',
    'this is valid json but not a dict',
    "Unrecognized token 'this': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
  ),
  invalid(
    'pattern with single quotes (LS)',
    "{'bad': 'quotation'}",
    "Unexpected character (''' (code 39)): was expecting double-quote to start field name",
  ),
  invalid('empty pattern object', {}, 'Empty objects are not allowed'),
  invalid('empty nested object', { detail: {} }, 'Empty objects are not allowed'),
  invalid(
    'string instead of array (LS string_nolist_EXC)',
    { string: 'my-value' },
    '"string" must be an object or an array',
  ),
  invalid('number instead of array (LS int_nolist_EXC)', { int: 42 }, '"int" must be an object or an array'),
  invalid('null instead of array', { source: null }, '"source" must be an object or an array'),
  invalid('boolean instead of array', { source: true }, '"source" must be an object or an array'),
  invalid('empty array (LS arrays_empty_EXC)', { resources: [] }, 'Empty arrays are not allowed'),
  invalid('nested array value', { source: [['aws.ec2']] }, 'Match value must be String, number, true, false, or null'),
  invalid('empty match expression', { source: [{}] }, 'Match expression name not found'),
  invalid('unknown operator', { source: [{ contains: 'ec2' }] }, 'Unrecognized match type contains'),
  invalid(
    'operator names are case sensitive (LS operator_case_sensitive_EXC)',
    { my_key: [{ EXISTS: true }] },
    'Unrecognized match type EXISTS',
  ),
  invalid(
    'NUMERIC upper case (LS content_numeric_operatorcasing_EXC)',
    { detail: { equal: [{ NUMERIC: ['=', 5] }] } },
    'Unrecognized match type NUMERIC',
  ),
  invalid(
    'two operators in one expression',
    { source: [{ prefix: 'a', suffix: 'b' }] },
    'Only one key allowed in match expression',
  ),
  invalid(
    'prefix with a number (LS content_prefix_int_EXC)',
    { time: [{ prefix: 123 }] },
    'prefix match pattern must be a string',
  ),
  invalid(
    'prefix with a list (LS content_prefix_list_EXC)',
    { time: [{ prefix: ['2022-07-13'] }] },
    'prefix match pattern must be a string',
  ),
  invalid('prefix with null', { time: [{ prefix: null }] }, 'prefix match pattern must be a string'),
  invalid(
    'prefix with an unknown nested operator',
    { time: [{ prefix: { wildcard: 'x' } }] },
    'Unsupported prefix pattern: wildcard',
  ),
  invalid('prefix with an empty nested object', { time: [{ prefix: {} }] }, 'Prefix expression name not found'),
  invalid(
    'prefix equals-ignore-case with a number',
    { time: [{ prefix: { 'equals-ignore-case': 5 } }] },
    'equals-ignore-case match pattern must be a string',
  ),
  invalid(
    'suffix with a number (LS content_suffix_int_EXC)',
    { FileName: [{ suffix: 123 }] },
    'suffix match pattern must be a string',
  ),
  invalid(
    'suffix with a list (LS content_suffix_list_EXC)',
    { FileName: [{ suffix: ['.png'] }] },
    'suffix match pattern must be a string',
  ),
  invalid(
    'suffix with an unknown nested operator',
    { FileName: [{ suffix: { prefix: 'x' } }] },
    'Unsupported suffix pattern: prefix',
  ),
  invalid('suffix with an empty nested object', { FileName: [{ suffix: {} }] }, 'Suffix expression name not found'),
  invalid(
    'equals-ignore-case with a list (LS content_ignorecase_EXC)',
    { 'detail-type': [{ 'equals-ignore-case': ['ec2 instance state-change notification'] }] },
    'equals-ignore-case match pattern must be a string',
  ),
  invalid(
    'equals-ignore-case with an object (LS content_ignorecase_list_EXC)',
    { 'detail-type': [{ 'equals-ignore-case': { prefix: 'ec2' } }] },
    'equals-ignore-case match pattern must be a string',
  ),
  invalid(
    'equals-ignore-case with a number',
    { a: [{ 'equals-ignore-case': 5 }] },
    'equals-ignore-case match pattern must be a string',
  ),
  invalid(
    'wildcard with a number (LS content_wildcard_int_EXC)',
    { EventBusArn: [{ wildcard: 123 }] },
    'wildcard match pattern must be a string',
  ),
  invalid(
    'wildcard with a list (LS content_wildcard_list_EXC)',
    { EventBusArn: [{ wildcard: ['arn:aws:events:us-east-1:**:event-bus/*'] }] },
    'wildcard match pattern must be a string',
  ),
  invalid(
    'consecutive stars (LS content_wildcard_repeating_star_EXC)',
    { EventBusArn: [{ wildcard: 'arn:aws:events:us-east-1:**:event-bus/*' }] },
    'Consecutive wildcard characters at pos 26',
  ),
  invalid('consecutive stars at the start', { a: [{ wildcard: '**' }] }, 'Consecutive wildcard characters at pos 1'),
  invalid(
    'consecutive stars counted in UTF-8 bytes',
    { a: [{ wildcard: 'é**' }] },
    'Consecutive wildcard characters at pos 3',
  ),
  invalid('invalid escape', { a: [{ wildcard: 'a\\b' }] }, 'Invalid escape character at pos 2'),
  invalid('trailing backslash', { a: [{ wildcard: 'ab\\' }] }, 'Invalid escape character at pos 3'),
  invalid(
    'wildcard too complex (LS content_wildcard_complex_EXC)',
    { EventBusArn: [{ wildcard: '*:*:*:*:*:event-bus/*' }] },
    'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
  ),
  invalid(
    'four star-led wildcards in one list are too complex',
    {
      k: [
        { wildcard: '*:stack/A/*' },
        { wildcard: '*:stack/B/*' },
        { wildcard: '*:stack/C/*' },
        { wildcard: '*:stack/D/*' },
      ],
    },
    'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
  ),
  invalid(
    'anything-but wildcards count towards complexity',
    {
      k: [
        {
          'anything-but': {
            wildcard: ['*/datasync/*.bif', '*/datasync/*.tif', '*/datasync/*.tiff', '*/datasync/*.svs'],
          },
        },
      ],
    },
    'Rule is too complex - try using fewer wildcard characters or fewer repeating character sequences after a wildcard character',
  ),
  invalid('exactly with a number', { source: [{ exactly: 5 }] }, 'exact match pattern must be a string'),
  invalid(
    'exactly with an extra key',
    { source: [{ exactly: 'a', prefix: 'b' }] },
    'Only one key allowed in match expression',
  ),
  invalid(
    '$or combinations over 1000 (11 x 10 x 10 parallel branches)',
    orGrid(11),
    'Event pattern contains more than 1000 rule combinations',
  ),
  invalid('numeric not an array', { a: [{ numeric: 5 }] }, 'Value of numeric must be an array.'),
  invalid('numeric empty', { a: [{ numeric: [] }] }, 'Invalid member in numeric match: ]'),
  invalid('numeric number first', { a: [{ numeric: [5] }] }, 'Invalid member in numeric match: 5'),
  invalid('numeric unknown operator', { a: [{ numeric: ['!=', 5] }] }, 'Unrecognized numeric range operator: !='),
  invalid('numeric ≤ is not an operator', { a: [{ numeric: ['≤', 5] }] }, 'Unrecognized numeric range operator: ≤'),
  invalid('numeric = with a string', { a: [{ numeric: ['=', '5'] }] }, 'Value of equals must be numeric'),
  invalid('numeric = without value', { a: [{ numeric: ['='] }] }, 'Value of equals must be numeric'),
  invalid('numeric > with null', { a: [{ numeric: ['>', null] }] }, 'Value of > must be numeric'),
  invalid(
    'numeric = followed by more',
    { a: [{ numeric: ['=', 5, '<', 6] }] },
    'Too many elements in numeric expression',
  ),
  invalid('numeric < followed by >', { a: [{ numeric: ['<', 5, '>', 0] }] }, 'Too many elements in numeric expression'),
  invalid(
    'numeric > followed by > (LS content_numeric_EXC)',
    { detail: { 'c-count': [{ numeric: ['>', 0, '>', 0] }] } },
    'Bad numeric range operator: >',
  ),
  invalid(
    'numeric range missing top (LS content_numeric_syntax_EXC)',
    { detail: { 'c-count': [{ numeric: ['>', 0, '<'] }] } },
    'Value of < must be numeric',
  ),
  invalid(
    'numeric range with a number where an operator goes',
    { a: [{ numeric: ['>', 0, 5] }] },
    'Bad value in numeric range: 5',
  ),
  invalid(
    'numeric range too many terms',
    { a: [{ numeric: ['>', 0, '<', 5, 6] }] },
    'Too many terms in numeric range expression',
  ),
  invalid('numeric range bottom above top', { a: [{ numeric: ['>', 10, '<', 5] }] }, 'Bottom must be less than top'),
  invalid(
    'numeric range bottom equal to top',
    { a: [{ numeric: ['>=', 5, '<=', 5] }] },
    'Bottom must be less than top',
  ),
  invalid('numeric out of range (infinite)', '{"a":[{"numeric":[">",1e400]}]}', 'Cannot compare number : 1e400'),
  invalid(
    'numeric operand too precise for a double',
    '{"a":[{"numeric":["=",9007199254740993]}]}',
    'Cannot compare number : 9007199254740993',
  ),
  invalid('numeric operand underflows', '{"a":[{"numeric":["<",1e-400]}]}', 'Cannot compare number : 1e-400'),
  invalid('numeric with an extra key', { a: [{ numeric: ['>', 0], x: 1 }] }, 'Too many elements in numeric expression'),
  invalid('exists with a string', { a: [{ exists: 'true' }] }, 'exists match pattern must be either true or false.'),
  invalid('exists with null', { a: [{ exists: null }] }, 'exists match pattern must be either true or false.'),
  invalid(
    'exists with an extra key',
    { a: [{ exists: true, prefix: 'x' }] },
    'Only one key allowed in match expression',
  ),
  invalid(
    'cidr with a list (LS content_ip_address_type_EXC)',
    { detail: { sourceIPAddress: [{ cidr: ['bad-type'] }] } },
    'prefix match pattern must be a string',
  ),
  invalid(
    'cidr without slash (LS content_ip_address_EXC)',
    { detail: { sourceIPAddress: [{ cidr: '10.0.0.0' }] } },
    "Malformed CIDR, one '/' required",
  ),
  invalid('cidr with two slashes', { a: [{ cidr: '10.0.0.0/8/8' }] }, "Malformed CIDR, one '/' required"),
  invalid(
    'cidr bad mask (LS content_ip_address_bad_mask_EXC)',
    { a: [{ cidr: '10.0.0.0/abc' }] },
    'Malformed CIDR, mask bits must be an integer',
  ),
  invalid('cidr negative mask', { a: [{ cidr: '10.0.0.0/-1' }] }, 'Malformed CIDR, mask bits must not be negative'),
  invalid(
    'cidr bad address (LS content_ip_address_bad_ip_EXC)',
    { a: [{ cidr: 'xx.11.xx/24' }] },
    'Nonstandard IP address: xx.11.xx',
  ),
  invalid(
    'cidr bad IPv6 (LS content_ip_address_v6_bad_ip_EXC)',
    { a: [{ cidr: 'xxxx:db8:1234:1a00::/64' }] },
    'Nonstandard IP address: xxxx:db8:1234:1a00::',
  ),
  invalid('cidr octet over 255', { a: [{ cidr: '10.0.0.256/24' }] }, 'Invalid IP address: 10.0.0.256'),
  invalid('cidr IPv4 /32', { a: [{ cidr: '10.0.0.1/32' }] }, 'IPv4 mask bits must be < 32'),
  invalid('cidr IPv6 /128', { a: [{ cidr: '2001:db8::1/128' }] }, 'IPv6 mask bits must be < 128'),
  invalid(
    'anything-but with null',
    { a: [{ 'anything-but': null }] },
    'Value of anything-but must be an array or single string/number value.',
  ),
  invalid(
    'anything-but with a boolean',
    { a: [{ 'anything-but': true }] },
    'Value of anything-but must be an array or single string/number value.',
  ),
  invalid(
    'anything-but mixed list',
    { a: [{ 'anything-but': ['a', 1] }] },
    'Inside anything but list, either all values are number or string, mixed type is not supported',
  ),
  invalid(
    'anything-but empty list',
    { a: [{ 'anything-but': [] }] },
    'Inside anything but list, either all values are number or string, mixed type is not supported',
  ),
  invalid(
    'anything-but list with null (LS content_anything_but_string_list_null_type_EXC-like)',
    { a: [{ 'anything-but': ['a', null] }] },
    'Inside anything but list, start|null|boolean is not supported.',
  ),
  invalid(
    'anything-but list with a nested list',
    { a: [{ 'anything-but': [['a']] }] },
    'Inside anything but list, start|null|boolean is not supported.',
  ),
  invalid(
    'anything-but unsupported nested operator',
    { a: [{ 'anything-but': { numeric: ['>', 1] } }] },
    'Unsupported anything-but pattern: numeric',
  ),
  invalid(
    'anything-but cidr is not supported',
    { a: [{ 'anything-but': { cidr: '10.0.0.0/8' } }] },
    'Unsupported anything-but pattern: cidr',
  ),
  invalid(
    'anything-but empty nested object',
    { a: [{ 'anything-but': {} }] },
    'Anything-But expression name not found',
  ),
  invalid(
    'anything-but prefix with a number (LS content_anything_prefix_int_EXC)',
    { detail: { state: [{ 'anything-but': { prefix: 123 } }] } },
    'prefix/suffix match pattern must be a string',
  ),
  invalid(
    'anything-but prefix list with a number (LS content_anything_prefix_list_type_EXC)',
    { detail: { state: [{ 'anything-but': { prefix: [123, 'test'] } }] } },
    'prefix/suffix match pattern must be a string',
  ),
  invalid(
    'anything-but empty prefix (LS content_anything_prefix_empty_EXC)',
    { detail: { state: [{ 'anything-but': { prefix: '' } }] } },
    'Null prefix/suffix not allowed',
  ),
  invalid(
    'anything-but suffix with a number (LS content_anything_suffix_int_EXC)',
    { detail: { FileName: [{ 'anything-but': { suffix: 123 } }] } },
    'prefix/suffix match pattern must be a string',
  ),
  invalid(
    'anything-but suffix list with a number (LS content_anything_suffix_list_type_EXC)',
    { detail: { FileName: [{ 'anything-but': { suffix: [123, '.txt'] } }] } },
    'prefix/suffix match pattern must be a string',
  ),
  invalid(
    'anything-but empty suffix (LS content_anything_suffix_empty_EXC)',
    { detail: { FileName: [{ 'anything-but': { suffix: '' } }] } },
    'Null prefix/suffix not allowed',
  ),
  invalid(
    'anything-but prefix equals-ignore-case (LS content_anything_prefix_ignorecase_EXC)',
    { detail: { FileName: [{ 'anything-but': { prefix: { 'equals-ignore-case': 'file' } } }] } },
    'Value of anything-but must be an array or single string/number value.',
  ),
  invalid(
    'anything-but suffix equals-ignore-case (LS content_anything_suffix_ignorecase_EXC)',
    { detail: { FileName: [{ 'anything-but': { suffix: { 'equals-ignore-case': '.png' } } }] } },
    'Value of anything-but must be an array or single string/number value.',
  ),
  invalid(
    'anything-but ignore-case with a number (LS content_anything_but_ignorecase_EXC)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': 123 } }] } },
    'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  ),
  invalid(
    'anything-but ignore-case list of numbers (LS content_anything_but_ignorecase_list_EXC)',
    { detail: { state: [{ 'anything-but': { 'equals-ignore-case': [123, 456] } }] } },
    'Inside anything-but/equals-ignore-case list, number|start|null|boolean is not supported.',
  ),
  invalid(
    'anything-but wildcard with a number (LS content_anything_wildcard_type_EXC)',
    { detail: { FilePath: [{ 'anything-but': { wildcard: 123 } }] } },
    'wildcard match pattern must be a string',
  ),
  invalid(
    'anything-but wildcard list with a number (LS content_anything_wildcard_list_type_EXC)',
    { detail: { state: [{ 'anything-but': { wildcard: [123, '*/dir/*'] } }] } },
    'wildcard match pattern must be a string',
  ),
  invalid(
    'anything-but wildcard with consecutive stars',
    { a: [{ 'anything-but': { wildcard: 'a**' } }] },
    'Consecutive wildcard characters at pos 2',
  ),
  invalid(
    'anything-but with an extra key',
    { a: [{ 'anything-but': 'x', prefix: 'y' }] },
    'Too many elements in numeric expression',
  ),
  invalid(
    'anything-but nested object with an extra key',
    { a: [{ 'anything-but': { prefix: 'x', suffix: 'y' } }] },
    'Too many elements in numeric expression',
  ),
  invalid('anything-but number out of range', '{"a":[{"anything-but":1e400}]}', 'Cannot compare number : 1e400'),
  invalid(
    'anything-but list number out of range',
    '{"a":[{"anything-but":[1,1e400]}]}',
    'Cannot compare number : 1e400',
  ),
  invalid('$or with one branch', { $or: [{ a: ['1'] }] }, 'Unrecognized match type a'),
  invalid('$or empty', { $or: [] }, 'Empty arrays are not allowed'),
  invalid('$or a string', { $or: 'a' }, '"$or" must be an object or an array'),
  invalid('$or branch not an object', { $or: [{ a: ['1'] }, 'b'] }, 'Unrecognized match type a'),
  invalid('$or branch empty', { $or: [{ a: ['1'] }, {}] }, 'Unrecognized match type a'),
  invalid(
    '$or branch using a reserved name that is not a valid operand',
    { $or: [{ numeric: 123 }, { prefix: 'abc' }] },
    'Value of numeric must be an array.',
  ),
  invalid(
    '$or nested inside a branch with one element',
    { a: ['1'], $or: [{ b: ['2'] }, { $or: [{ c: ['3'] }] }] },
    'Unrecognized match type b',
  ),
  invalid(
    'invalid value inside a valid $or branch',
    { $or: [{ a: ['1'] }, { b: [{ prefix: 5 }] }] },
    'Unrecognized match type a',
  ),
  invalid(
    'invalid value next to a valid $or',
    { $or: [{ a: ['1'] }, { b: ['2'] }], c: [] },
    'Unrecognized match type a',
  ),
  invalid(
    'invalid value without $or keeps its own reason',
    { a: ['1'], c: [{ prefix: 5 }] },
    'prefix match pattern must be a string',
  ),
];

export const ALL_GROUPS: ReadonlyArray<readonly [string, readonly Case[]]> = [
  ['exact values and envelope fields', EXACT],
  ['null, empty string, booleans', NULL_EMPTY_BOOLEAN],
  ['numbers as values', NUMBERS],
  ['numeric operator', NUMERIC],
  ['prefix and suffix', PREFIX_SUFFIX],
  ['equals-ignore-case', IGNORE_CASE],
  ['wildcard', WILDCARD],
  ['anything-but', ANYTHING_BUT],
  ['exists', EXISTS],
  ['cidr and IP literals', CIDR],
  ['arrays', ARRAYS],
  ['dot-joined paths', DOTS],
  ['$or', OR],
  ['invalid patterns', INVALID],
];
