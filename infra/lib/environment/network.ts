// The environment's VPC: the seed's CIDRs in two AZs, NAT per AZ (or fewer, by config), flow
// logs to CloudWatch, and the two security groups (ALB: 80/443 from anywhere; tasks: only from
// the ALB and from each other).
import { RemovalPolicy } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { SlipwayConfig } from '../config.js';

export interface NetworkProps {
  network: SlipwayConfig['network'];
  natGateways: number;
  /** Ports the tasks listen on: the ALB and the other tasks may reach them. */
  taskPorts: number[];
}

export class Network extends Construct {
  readonly vpc: ec2.Vpc;
  readonly albSecurityGroup: ec2.SecurityGroup;
  readonly tasksSecurityGroup: ec2.SecurityGroup;

  constructor(scope: Construct, id: string, props: NetworkProps) {
    super(scope, id);
    const { network } = props;
    const flowLogGroup = new logs.LogGroup(this, 'FlowLogs', {
      retention: network.flowLogRetentionDays,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.vpc = new ec2.Vpc(this, 'Vpc', {
      ipAddresses: ec2.IpAddresses.cidr(network.vpcCidr),
      maxAzs: network.maxAzs,
      natGateways: props.natGateways,
      // true would add CDK's custom resource (a Lambda) to empty the default security group.
      restrictDefaultSecurityGroup: false,
      subnetConfiguration: [
        { name: 'public', subnetType: ec2.SubnetType.PUBLIC, cidrMask: 24 },
        { name: 'private', subnetType: ec2.SubnetType.PRIVATE_WITH_EGRESS, cidrMask: 24 },
      ],
      flowLogs: {
        all: {
          destination: ec2.FlowLogDestination.toCloudWatchLogs(flowLogGroup),
          trafficType: ec2.FlowLogTrafficType.ALL,
        },
      },
    });
    // CDK allocates subnets from the bottom of the range; the seed's layout starts at 10.0.1.0.
    pinSubnetCidrs(this.vpc.publicSubnets, network.publicSubnetCidrs);
    pinSubnetCidrs(this.vpc.privateSubnets, network.privateSubnetCidrs);

    this.albSecurityGroup = new ec2.SecurityGroup(this, 'AlbSecurityGroup', {
      vpc: this.vpc,
      description: 'Slipway ALB: HTTP and HTTPS from anywhere',
      allowAllOutbound: false,
    });
    this.albSecurityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(80), 'HTTP (redirected to HTTPS)');
    this.albSecurityGroup.addIngressRule(ec2.Peer.anyIpv4(), ec2.Port.tcp(443), 'HTTPS');

    this.tasksSecurityGroup = new ec2.SecurityGroup(this, 'TasksSecurityGroup', {
      vpc: this.vpc,
      description: 'Slipway tasks: only from the ALB and from each other',
      // Tasks pull images and write logs through the NAT gateways.
      allowAllOutbound: true,
    });
    for (const port of props.taskPorts) {
      this.tasksSecurityGroup.addIngressRule(this.albSecurityGroup, ec2.Port.tcp(port), `from the ALB on ${port}`);
      this.tasksSecurityGroup.addIngressRule(this.tasksSecurityGroup, ec2.Port.tcp(port), `from other tasks on ${port}`);
      this.albSecurityGroup.addEgressRule(this.tasksSecurityGroup, ec2.Port.tcp(port), `to the tasks on ${port}`);
    }
    // The ALB's egress rules name the tasks' group, so CDK writes them as separate resources and
    // leaves the group itself with no inline egress rule — and EC2 then keeps its default
    // allow-all egress. An inline rule that matches nothing removes that default.
    const albGroup = this.albSecurityGroup.node.defaultChild as ec2.CfnSecurityGroup;
    albGroup.addPropertyOverride('SecurityGroupEgress', [
      { CidrIp: '255.255.255.255/32', IpProtocol: 'icmp', FromPort: 252, ToPort: 86, Description: 'Disallow all traffic' },
    ]);
  }
}

function pinSubnetCidrs(subnets: ec2.ISubnet[], cidrs: string[]): void {
  if (subnets.length !== cidrs.length) throw new Error(`the VPC has ${subnets.length} subnets of a kind, the config ${cidrs.length} CIDRs`);
  subnets.forEach((subnet, index) => {
    (subnet.node.defaultChild as ec2.CfnSubnet).cidrBlock = cidrs[index];
  });
}
