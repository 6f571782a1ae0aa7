// A small hand-made knowledge base for unit tests that must not depend on the bundled data's details.
import { knowledgeBaseFrom, type ConceptRecord } from '../../server/service';

const concept = (id: string, en: string[], ko: string[], extra: Partial<ConceptRecord> = {}): ConceptRecord => ({
  id,
  category: 'networking',
  names: { en, ko, abbr: extra.names?.abbr ?? [] },
  summary: { ko: `${ko[0] ?? id} 요약`, en: `${en[0] ?? id} summary` },
  docs: `https://docs.aws.amazon.com/${id}`,
  related: [],
  limits: [],
  ...extra,
  ...(extra.names ? { names: { en, ko, abbr: extra.names.abbr } } : {}),
});

export const miniKnowledge = () =>
  knowledgeBaseFrom(
    [
      concept('lambda', ['AWS Lambda', 'Lambda'], ['람다'], { category: 'compute', related: ['sqs'] }),
      concept('s3', ['Amazon S3', 'S3'], []),
      concept('sqs', ['Amazon SQS', 'SQS'], []),
      concept('vpc', ['Amazon VPC', 'VPC'], []),
      concept('vpc-peering', ['VPC peering'], ['VPC 피어링']),
      concept('security-group', ['security group'], ['보안 그룹'], { names: { en: [], ko: [], abbr: ['SG'] } }),
      concept('kinesis', ['Amazon Kinesis', 'Kinesis'], ['키네시스']),
      concept('kinesis-data-streams', ['Kinesis Data Streams'], []),
      concept('transit-gateway', ['Transit Gateway'], [], { names: { en: [], ko: [], abbr: ['TGW'] } }),
      concept('shield', ['AWS Shield', 'Shield'], [], { ambiguous: ['Shield'] }),
      concept('region', ['Region'], ['리전']),
      concept('availability-zone', ['Availability Zone'], ['가용 영역'], { names: { en: [], ko: [], abbr: ['AZ'] } }),
    ],
    [],
  );
