/** The sign-in, registration and password-reset pages' namespace. */
export const AUTH_NS = 'auth';

export const authMessages = {
  email: '邮箱',
  password: '密码',
  newPassword: '新密码',
  passwordHint: '至少 {{min}} 个字符,可以用一句好记的话。',
  displayName: '称呼',
  displayNameHint: '我们在订单和邮件里这样称呼您。',
  login: {
    documentTitle: '登录 · 山海集市',
    title: '登录',
    lead: '登录后可以下单并查看订单。购物车里的商品会保留。',
    submit: '登录',
    submitting: '正在登录…',
    forgot: '忘记密码?',
    noAccount: '还没有账号?',
    register: '注册新账号',
    tooManyAttempts: '登录尝试次数过多,请在 {{seconds}} 秒后再试。',
  },
  register: {
    documentTitle: '注册 · 山海集市',
    title: '注册账号',
    lead: '注册后购物车里的商品会自动保留到您的账号中。',
    submit: '注册',
    submitting: '正在注册…',
    haveAccount: '已有账号?',
    login: '直接登录',
  },
  forgot: {
    documentTitle: '找回密码 · 山海集市',
    title: '找回密码',
    lead: '输入注册时使用的邮箱,我们会发送一个重置密码的链接。',
    submit: '发送重置链接',
    submitting: '正在发送…',
    sent: '如果 {{email}} 已注册,重置密码的邮件已经发出。请查收邮件并点击其中的链接。',
    back: '返回登录',
  },
  reset: {
    documentTitle: '重置密码 · 山海集市',
    title: '设置新密码',
    submit: '保存新密码',
    submitting: '正在保存…',
    done: '密码已重置。其他设备上的登录已失效,请用新密码登录。',
    login: '去登录',
    noToken: '这个链接不完整。请打开邮件中的完整链接,或重新申请。',
    requestAgain: '重新申请重置链接',
  },
};

export type AuthMessages = typeof authMessages;
