// The moto template adapter on small templates: what it drops, what it keeps, and that it says so.
import { describe, expect, it } from '@jest/globals';
import { adaptForMoto, referencesIn, type CfnTemplate } from './support/moto-template.js';

const supported = new Set(['AWS::S3::Bucket', 'AWS::IAM::Role', 'AWS::IAM::Policy', 'AWS::ECS::Service', 'AWS::ECS::Cluster']);
const isSupported = (type: string) => supported.has(type);

describe('referencesIn', () => {
  it('finds Ref, both GetAtt forms, Sub variables and conditions, but not pseudo parameters or Sub locals', () => {
    const { names, conditions } = referencesIn({
      a: { Ref: 'Bucket' },
      b: { 'Fn::GetAtt': ['Role', 'Arn'] },
      c: { 'Fn::GetAtt': 'Topic.Arn' },
      d: { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${Data}/*-${Key.Arn}-${!Literal}' },
      e: { 'Fn::Sub': ['${Local}-${Outer}', { Local: { Ref: 'Inner' } }] },
      f: { Ref: 'AWS::Region' },
      g: { 'Fn::If': ['IsProd', { Ref: 'Prod' }, 'x'] },
      h: { 'Fn::And': [{ Condition: 'Other' }] },
    });
    expect([...names].sort()).toEqual(['Bucket', 'Data', 'Inner', 'Key', 'Outer', 'Prod', 'Role', 'Topic']);
    expect([...conditions].sort()).toEqual(['IsProd', 'Other']);
  });
});

describe('adaptForMoto', () => {
  const template = (): CfnTemplate => ({
    Conditions: {
      Always: { 'Fn::Equals': ['a', 'a'] },
    },
    Resources: {
      Cluster: { Type: 'AWS::ECS::Cluster' },
      Namespace: { Type: 'AWS::ServiceDiscovery::PrivateDnsNamespace', Properties: { Name: 'x.local' } },
      Registry: {
        Type: 'AWS::ServiceDiscovery::Service',
        Properties: { NamespaceId: { 'Fn::GetAtt': ['Namespace', 'Id'] } },
      },
      Service: {
        Type: 'AWS::ECS::Service',
        DependsOn: ['Association', 'Role'],
        Properties: {
          Cluster: { Ref: 'Cluster' },
          ServiceRegistries: [{ RegistryArn: { 'Fn::GetAtt': ['Registry', 'Arn'] }, ContainerPort: 8000 }],
        },
      },
      Association: { Type: 'AWS::ECS::ClusterCapacityProviderAssociations', Properties: { Cluster: { Ref: 'Cluster' } } },
      Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Statement: [] } } },
      Policy: {
        Type: 'AWS::IAM::Policy',
        Properties: {
          Roles: [{ Ref: 'Role' }],
          PolicyDocument: {
            Statement: [
              {
                Effect: 'Allow',
                Action: 'cloudwatch:DescribeAlarms',
                Resource: [{ 'Fn::GetAtt': ['Alarm', 'Arn'] }, { 'Fn::Join': ['', ['arn:', { Ref: 'Bucket' }]] }],
              },
            ],
          },
        },
      },
      Alarm: { Type: 'AWS::CloudWatch::Alarm', Properties: { AlarmActions: [{ Ref: 'Topic' }] } },
      Topic: { Type: 'AWS::SNS::Topic' },
      Bucket: { Type: 'AWS::S3::Bucket', Condition: 'Always' },
      BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: { Ref: 'Bucket' } } },
      Dashboard: {
        Type: 'AWS::S3::Bucket',
        Properties: { BucketName: { 'Fn::Sub': '${Topic.TopicName}-dashboard' }, Tags: [{ Key: 'k', Value: 'v' }] },
      },
      Hook: { Type: 'Custom::Hook', Properties: { ServiceToken: 'arn:aws:lambda:x' } },
    },
    Outputs: {
      ClusterName: { Value: { Ref: 'Cluster' } },
      AlarmArn: { Value: { 'Fn::GetAtt': ['Alarm', 'Arn'] } },
      DashboardName: { Value: { 'Fn::Join': ['', [{ Ref: 'Dashboard' }]] } },
    },
  });

  it('drops unsupported and custom resource types, and resources whose properties need a dropped one', () => {
    const adapted = adaptForMoto(template(), isSupported);
    expect(adapted.droppedResources).toEqual([
      { id: 'Namespace', type: 'AWS::ServiceDiscovery::PrivateDnsNamespace', reason: 'unsupported type' },
      { id: 'Registry', type: 'AWS::ServiceDiscovery::Service', reason: 'unsupported type' },
      { id: 'Association', type: 'AWS::ECS::ClusterCapacityProviderAssociations', reason: 'unsupported type' },
      { id: 'Alarm', type: 'AWS::CloudWatch::Alarm', reason: 'unsupported type' },
      { id: 'Topic', type: 'AWS::SNS::Topic', reason: 'unsupported type' },
      { id: 'BucketPolicy', type: 'AWS::S3::BucketPolicy', reason: 'unsupported type' },
      { id: 'Hook', type: 'Custom::Hook', reason: 'unsupported type' },
      { id: 'Dashboard', type: 'AWS::S3::Bucket', reason: 'property BucketName refers to Topic' },
    ]);
    expect(Object.keys(adapted.template.Resources).sort()).toEqual(['Bucket', 'Cluster', 'Policy', 'Role', 'Service']);
  });

  it('removes list elements naming dropped resources, keeping the rest of the resource as synthesized', () => {
    const adapted = adaptForMoto(template(), isSupported);
    expect(adapted.removedReferences).toEqual([
      { resource: 'Service', path: 'Properties.ServiceRegistries[0]', to: ['Registry'] },
      { resource: 'Policy', path: 'Properties.PolicyDocument.Statement[0].Resource[0]', to: ['Alarm'] },
    ]);
    const { Service, Policy } = adapted.template.Resources;
    expect(Service?.Properties).toEqual({ Cluster: { Ref: 'Cluster' }, ServiceRegistries: [] });
    // An intrinsic's own argument list is not a plain list: the Join over a kept bucket stays whole.
    expect(Policy?.Properties?.PolicyDocument).toEqual({
      Statement: [{ Effect: 'Allow', Action: 'cloudwatch:DescribeAlarms', Resource: [{ 'Fn::Join': ['', ['arn:', { Ref: 'Bucket' }]] }] }],
    });
  });

  it('removes DependsOn entries and outputs that name dropped resources, and keeps the others', () => {
    const adapted = adaptForMoto(template(), isSupported);
    expect(adapted.removedDependsOn).toEqual([{ resource: 'Service', on: 'Association' }]);
    expect(adapted.template.Resources.Service?.DependsOn).toEqual(['Role']);
    expect(adapted.droppedOutputs).toEqual([
      { id: 'AlarmArn', reason: 'refers to Alarm' },
      { id: 'DashboardName', reason: 'refers to Dashboard' },
    ]);
    expect(Object.keys(adapted.template.Outputs ?? {})).toEqual(['ClusterName']);
  });

  it('drops conditions that refer to dropped ones, with the resources and outputs they guard', () => {
    const input: CfnTemplate = {
      Conditions: { Base: { 'Fn::Equals': ['a', 'b'] }, Derived: { 'Fn::Not': [{ Condition: 'Base' }] } },
      Resources: {
        Guarded: { Type: 'AWS::S3::Bucket', Condition: 'Derived' },
        Chooser: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { 'Fn::If': ['Derived', 'a', 'b'] } } },
        Kept: { Type: 'AWS::S3::Bucket' },
      },
      Outputs: { Guarded: { Value: 'x', Condition: 'Derived' } },
    };
    // Base made dead by hand: a condition can only be lost through another condition or a resource.
    input.Conditions = { ...input.Conditions, Base: { 'Fn::Equals': [{ Ref: 'Gone' }, 'b'] } };
    input.Resources.Gone = { Type: 'AWS::Nope::Thing' };
    const adapted = adaptForMoto(input, isSupported);
    expect(adapted.droppedConditions).toEqual([
      { id: 'Base', reason: 'refers to Gone' },
      { id: 'Derived', reason: 'refers to Base' },
    ]);
    expect(adapted.droppedResources.map((r) => [r.id, r.reason])).toEqual([
      ['Gone', 'unsupported type'],
      ['Guarded', 'condition Derived was dropped'],
      ['Chooser', 'property BucketName refers to Derived'],
    ]);
    expect(Object.keys(adapted.template.Resources)).toEqual(['Kept']);
    expect(adapted.template.Conditions).toEqual({});
    expect(adapted.droppedOutputs).toEqual([{ id: 'Guarded', reason: 'condition Derived was dropped' }]);
  });

  it('changes nothing in a template moto fully supports, and never changes its input', () => {
    const input: CfnTemplate = {
      Resources: { Bucket: { Type: 'AWS::S3::Bucket', DependsOn: 'Role' }, Role: { Type: 'AWS::IAM::Role' } },
      Outputs: { Name: { Value: { Ref: 'Bucket' } } },
    };
    const before = structuredClone(input);
    const adapted = adaptForMoto(input, isSupported);
    expect(adapted.template).toEqual(before);
    expect(input).toEqual(before);
    expect([adapted.droppedResources, adapted.removedReferences, adapted.removedDependsOn, adapted.droppedOutputs]).toEqual([
      [],
      [],
      [],
      [],
    ]);

    const withCustom = adaptForMoto({ Resources: { Hook: { Type: 'Custom::Hook' } } }, () => true);
    expect(withCustom.droppedResources).toEqual([{ id: 'Hook', type: 'Custom::Hook', reason: 'unsupported type' }]);
  });
});
